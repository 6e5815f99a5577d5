using System.Globalization;
using System.Text;

namespace Keel.Grains.Postgres.EventLog;

/// <summary>
/// The notifications an append sends when its transaction commits: <c>{service id}|{stream}:{version};…</c>, split to
/// stay under PostgreSQL's payload limit. A watcher reads the log for the streams it follows that moved on.
/// </summary>
internal static class AppendNotices
{
    public const string Channel = "keel_appends";

    private const int MaxChunk = 7_000;

    public static string[] Chunks(IEnumerable<(string Stream, long Version)> appends)
    {
        var chunks = new List<string>();
        var chunk = new StringBuilder();
        foreach (var (stream, version) in appends)
        {
            var entry = string.Create(CultureInfo.InvariantCulture, $"{stream}:{version}");
            if (chunk.Length > 0 && chunk.Length + entry.Length + 1 > MaxChunk)
            {
                chunks.Add(chunk.ToString());
                chunk.Clear();
            }
            chunk.Append(chunk.Length > 0 ? ";" : "").Append(entry);
        }
        if (chunk.Length > 0)
        {
            chunks.Add(chunk.ToString());
        }
        return [.. chunks];
    }

    /// <summary>Reads a notification of <paramref name="serviceId"/>; false for another service's or a malformed one.</summary>
    public static bool TryParse(string payload, string serviceId, out List<(string Stream, long Version)> appends)
    {
        appends = [];
        var bar = payload.IndexOf('|', StringComparison.Ordinal);
        if (bar < 0 || !payload.AsSpan(0, bar).SequenceEqual(serviceId))
        {
            return false;
        }
        foreach (var entry in payload[(bar + 1)..].Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = entry.LastIndexOf(':');
            if (colon > 0 && long.TryParse(entry.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                appends.Add((entry[..colon], version));
            }
        }
        return true;
    }
}
