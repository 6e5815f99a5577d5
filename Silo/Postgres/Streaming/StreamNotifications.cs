namespace Keel.Silo.Postgres.Streaming;

/// <summary>The LISTEN/NOTIFY channel and payload shared with the SQL functions.</summary>
internal static class StreamNotifications
{
    public const string Channel = "keel_stream";

    /// <summary>Reads '&lt;partition&gt;:&lt;provider&gt;:&lt;service id&gt;'; false when it is another queue's.</summary>
    public static bool TryParse(string payload, string provider, string serviceId, out int partition)
    {
        partition = -1;
        var colon = payload.IndexOf(':', StringComparison.Ordinal);
        return colon > 0
            && payload.AsSpan(colon + 1).SequenceEqual($"{provider}:{serviceId}")
            && int.TryParse(payload.AsSpan(0, colon), out partition);
    }
}
