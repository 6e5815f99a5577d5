using System.Text;

namespace Keel.Testing.Fuzz;

/// <summary>
/// One generated request: method, request target (path and query as sent, not normalized), headers and body bytes.
/// <paramref name="Authorized"/> marks the share of requests the run's authorize callback may give a valid token.
/// </summary>
public sealed record FuzzRequest(
    string Operation, string Method, string Target, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[]? Body, bool Authorized)
{
    public string? Header(string name) => Headers.Where(h => name.Equals(h.Key, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();

    /// <summary>This request with <paramref name="name"/> set to <paramref name="value"/> alone (for an authorize callback).</summary>
    public FuzzRequest WithHeader(string name, string value) => this with
    {
        Headers = [.. Headers.Where(h => !name.Equals(h.Key, StringComparison.OrdinalIgnoreCase)), new(name, value)],
    };

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Method).Append(' ').Append(Shorten(Target, 300)).Append("   [").Append(Operation).Append("]\n");
        foreach (var (name, value) in Headers)
        {
            text.Append(name).Append(": ").Append(Shorten(value, 200)).Append('\n');
        }
        if (Body is not null)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"body ({Body.Length} bytes): ").Append(Shorten(Encoding.UTF8.GetString(Body), 400));
        }
        return text.ToString();
    }

    private static string Shorten(string text, int length)
    {
        var escaped = string.Concat(text.Take(length).Select(c => char.IsControl(c) || char.IsSurrogate(c) || c is '\u200B' or '\uFEFF' ? $"\\u{(int)c:X4}" : c.ToString()));
        return text.Length <= length ? escaped : $"{escaped}... ({text.Length} chars)";
    }
}

/// <summary>What came back: the status, the body's media type and the body.</summary>
public sealed record FuzzResponse(int Status, string? MediaType, byte[] Body);
