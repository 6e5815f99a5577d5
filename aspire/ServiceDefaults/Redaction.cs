using System.Buffers;
using System.Collections;
using System.Text.RegularExpressions;

namespace Keel.ServiceDefaults;

/// <summary>
/// What no log line and no telemetry record may carry, taken out of any text: query strings whole (they carry
/// <c>?access_token=</c> and <c>?to=&lt;address&gt;</c>), credentials (a JWT anywhere, <c>Bearer ...</c>,
/// <c>token=</c>/<c>password=</c>/<c>secret=</c>... pairs) and e-mail addresses, also URL-encoded. Keel's loggers, its span
/// processor and its dead-letter reasons all use this one redaction, so it holds whatever the log levels or settings.
/// Text with none of its trigger characters is returned as it is, after one vectorized scan.
/// </summary>
public static partial class Redaction
{
    /// <summary>What an e-mail address becomes.</summary>
    public const string Address = "<address>";

    /// <summary>What a JWT or bearer token becomes.</summary>
    public const string Token = "<token>";

    /// <summary>What a query string becomes (after its <c>?</c>), and a credential pair.</summary>
    public const string Redacted = "<redacted>";

    // Every pattern below needs one of these: text without them is left alone at the cost of one scan.
    private static readonly SearchValues<string> Triggers =
        SearchValues.Create(["?", "=", "@", "%40", "eyJ", "earer "], StringComparison.Ordinal);

    /// <summary><paramref name="text"/> without queries, credentials and addresses; the same instance when there were none.</summary>
    public static string Redact(string text)
    {
        if (text.AsSpan().IndexOfAny(Triggers) < 0)
        {
            return text;
        }
        // Queries first: they end at the first character a replacement brings (<), so they go whole before any other part.
        var redacted = QueryPattern().Replace(text, "?" + Redacted);
        redacted = CredentialPattern().Replace(redacted, Redacted);
        redacted = BearerPattern().Replace(redacted, "Bearer " + Token);
        redacted = JwtPattern().Replace(redacted, Token);
        redacted = AddressPattern().Replace(redacted, Address);
        redacted = EncodedAddressPattern().Replace(redacted, Address);
        return redacted;
    }

    /// <summary>
    /// A structured value (a log entry's, a scope's): text redacted; numbers, times, ids and the like as they are; any other
    /// object as its redacted text when that text needed redaction; a sequence item by item.
    /// </summary>
    public static object? Redact(object? value)
    {
        switch (value)
        {
            case null or bool or char or sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal
                or Guid or DateTime or DateTimeOffset or TimeSpan or Enum:
                return value;
            case string text:
                return Redact(text);
            case IEnumerable items:
                return RedactItems(items) ?? value;
            default:
                var asText = value.ToString() ?? "";
                var redacted = Redact(asText);
                return ReferenceEquals(redacted, asText) ? value : redacted;
        }
    }

    private static object?[]? RedactItems(IEnumerable items)
    {
        var list = items.Cast<object?>().ToArray();
        var changed = false;
        for (var i = 0; i < list.Length; i++)
        {
            var redacted = Redact(list[i]);
            changed |= !ReferenceEquals(redacted, list[i]);
            list[i] = redacted;
        }
        return changed ? list : null;
    }

    /// <summary>A JWT (JWS or JWE): a base64url JSON header, <c>eyJ</c>..., then its dot-separated parts.</summary>
    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]*)*")]
    private static partial Regex JwtPattern();

    [GeneratedRegex(@"\b[Bb]earer\s+[A-Za-z0-9._~+/-]+=*")]
    private static partial Regex BearerPattern();

    /// <summary>A query string: <c>?</c>, then text up to a space or quote with at least one <c>name=</c> in it.</summary>
    [GeneratedRegex(@"\?[^\s?#""'<>]*=[^\s#""'<>]*")]
    private static partial Regex QueryPattern();

    /// <summary>A credential outside a query (a form, a connection string): the pair goes, name and value.</summary>
    [GeneratedRegex(@"\b(?:access_token|id_token|refresh_token|token|api_key|apikey|client_secret|secret|password|pwd)=[^\s&#""'<>;,]*",
        RegexOptions.IgnoreCase)]
    private static partial Regex CredentialPattern();

    /// <summary>An e-mail address: text around an <c>@</c> with a dot after it (grain keys, SMTP replies, paths).</summary>
    [GeneratedRegex(@"[^\s<>""'/,;:()\[\]]+@(?=[^\s<>""'/,;:()\[\]]*\.)[^\s<>""'/,;:()\[\]]+")]
    private static partial Regex AddressPattern();

    [GeneratedRegex(@"[^\s<>""'/,;:()\[\]]+%40(?=[^\s<>""'/,;:()\[\]]*\.)[^\s<>""'/,;:()\[\]]+", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedAddressPattern();
}
