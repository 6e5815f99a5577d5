using System.Buffers;
using System.Collections;
using System.Text.RegularExpressions;

namespace Keel.ServiceDefaults;

/// <summary>
/// What no log line and no telemetry record may carry, taken out of any text: query strings whole (they carry
/// <c>?access_token=</c> and <c>?to=&lt;address&gt;</c>), credentials (a JWT anywhere, <c>Bearer ...</c>,
/// <c>token=</c>/<c>password=</c>/<c>secret=</c>... pairs) and e-mail addresses, also URL-encoded. Keel's loggers, its span
/// processor and its dead-letter reasons all use this one redaction, so it holds whatever the log levels or settings.
/// Text with none of its trigger characters is returned as it is (tens of nanoseconds for a request's log line).
/// </summary>
public static partial class Redaction
{
    /// <summary>What an e-mail address becomes.</summary>
    public const string Address = "<address>";

    /// <summary>What a JWT or bearer token becomes.</summary>
    public const string Token = "<token>";

    /// <summary>What a query string becomes (after its <c>?</c>), and a credential pair.</summary>
    public const string Redacted = "<redacted>";

    // Every pattern below needs one of these: text without them is left alone at the cost of three vectorized scans.
    private static readonly SearchValues<char> Marks = SearchValues.Create("?=@%");

    private static readonly string[] CredentialNames = ["token", "secret", "password", "pwd", "api_key", "apikey"];

    /// <summary><paramref name="text"/> without queries, credentials and addresses; the same instance when there were none.</summary>
    public static string Redact(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAny(Marks) < 0 && !span.Contains("eyJ", StringComparison.Ordinal) && !span.Contains("earer ", StringComparison.Ordinal))
        {
            return text;
        }
        // Each pattern only where its trigger is. Queries first: they end at the first character a replacement brings
        // (<), so they go whole before any other part.
        var redacted = text;
        if (redacted.Contains('?', StringComparison.Ordinal))
        {
            redacted = QueryPattern().Replace(redacted, "?" + Redacted);
        }
        if (HasCredentialPair(redacted))
        {
            redacted = CredentialPattern().Replace(redacted, Redacted);
        }
        if (redacted.Contains("earer ", StringComparison.Ordinal))
        {
            redacted = BearerPattern().Replace(redacted, "Bearer " + Token);
        }
        if (redacted.Contains("eyJ", StringComparison.Ordinal))
        {
            redacted = JwtPattern().Replace(redacted, Token);
        }
        if (redacted.Contains('@', StringComparison.Ordinal))
        {
            redacted = AddressPattern().Replace(redacted, Address);
        }
        if (redacted.Contains("%40", StringComparison.Ordinal))
        {
            redacted = EncodedAddressPattern().Replace(redacted, Address);
        }
        return redacted;
    }

    /// <summary>Whether a name before an <c>=</c> ends in a credential's name (<c>access_token=</c>, <c>Password=</c>).</summary>
    private static bool HasCredentialPair(ReadOnlySpan<char> text)
    {
        for (var end = text.IndexOf('='); end >= 0; end = text.IndexOf('='))
        {
            var name = text[..end];
            foreach (var credential in CredentialNames)
            {
                if (name.EndsWith(credential, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
            text = text[(end + 1)..];
        }
        return false;
    }

    /// <summary>
    /// A structured value (a log entry's, a scope's): text redacted; numbers, times, ids and the like as they are; any other
    /// object as its redacted text when that text needed redaction; a sequence item by item.
    /// </summary>
    public static object? Redact(object? value)
    {
        switch (value)
        {
            case string text:
                return Redact(text);
            case null or bool or char or sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal
                or Guid or DateTime or DateTimeOffset or TimeSpan or Enum:
                return value;
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

    /// <summary>
    /// A credential outside a query (a form, a connection string): a name ending in one of <see cref="CredentialNames"/>
    /// and its value go together.
    /// </summary>
    [GeneratedRegex(@"\b[A-Za-z0-9_.-]*(?:token|secret|password|pwd|api_key|apikey)=[^\s&#""'<>;,]*", RegexOptions.IgnoreCase)]
    private static partial Regex CredentialPattern();

    /// <summary>An e-mail address: text around an <c>@</c> with a dot after it (grain keys, SMTP replies, paths).</summary>
    [GeneratedRegex(@"[^\s<>""'/,;:()\[\]]+@(?=[^\s<>""'/,;:()\[\]]*\.)[^\s<>""'/,;:()\[\]]+")]
    private static partial Regex AddressPattern();

    [GeneratedRegex(@"[^\s<>""'/,;:()\[\]]+%40(?=[^\s<>""'/,;:()\[\]]*\.)[^\s<>""'/,;:()\[\]]+")]
    private static partial Regex EncodedAddressPattern();
}
