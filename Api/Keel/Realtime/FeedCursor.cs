using System.Globalization;

namespace Keel.Api.Realtime;

/// <summary>Where a client got to: the key of the aggregate and the version of its last event seen (<c>{key}/{version}</c>).</summary>
internal sealed record FeedCursor(string Key, long Version)
{
    public static FeedCursor? Parse(string? eventId)
    {
        var slash = eventId?.LastIndexOf('/') ?? -1;
        return slash > 0 && long.TryParse(eventId.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? new FeedCursor(eventId![..slash], version)
            : null;
    }

    public static string Id(string key, long version) => string.Create(CultureInfo.InvariantCulture, $"{key}/{version}");
}
