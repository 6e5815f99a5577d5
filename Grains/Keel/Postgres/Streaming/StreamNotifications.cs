namespace Keel.Grains.Postgres.Streaming;

/// <summary>The LISTEN/NOTIFY channel and payload shared with the SQL functions.</summary>
internal static class StreamNotifications
{
    public const string Channel = "keel_stream";

    /// <summary>What an append to the event log sends (see LogStatements); a queued message sends the bare payload.</summary>
    public const string LogPrefix = "log:";

    /// <summary>
    /// Reads '[log:]&lt;partition&gt;:&lt;provider&gt;:&lt;service id&gt;'; false when it is another provider's.
    /// <paramref name="queue"/> tells a queued message (direct publish, redrive) from a log append.
    /// </summary>
    public static bool TryParse(string payload, string provider, string serviceId, out int partition, out bool queue)
    {
        partition = -1;
        queue = !payload.StartsWith(LogPrefix, StringComparison.Ordinal);
        if (!queue)
        {
            payload = payload[LogPrefix.Length..];
        }
        var colon = payload.IndexOf(':', StringComparison.Ordinal);
        return colon > 0
            && payload.AsSpan(colon + 1).SequenceEqual($"{provider}:{serviceId}")
            && int.TryParse(payload.AsSpan(0, colon), out partition);
    }
}
