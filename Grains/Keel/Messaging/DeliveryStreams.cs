namespace Keel.Grains.Messaging;

/// <summary>
/// The streams a service's events are delivered on: a fixed set of buckets per namespace, an aggregate's bucket
/// chosen by a stable hash of its key. One aggregate's events share a stream, so they stay in order; different
/// buckets run in parallel. A stream per aggregate would cost, for every new aggregate, a stream registration in the
/// pulling agent, a subscription handshake and a subscription activation (BENCHMARKS.md).
/// </summary>
public static class DeliveryStreams
{
    /// <summary>Buckets per namespace: how many events of one subscription are handled at the same time.</summary>
    public const int Buckets = 128;

    public static StreamId For(string streamNamespace, string aggregateKey) =>
        StreamId.Create(streamNamespace, BucketOf(aggregateKey).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>FNV-1a over the key's characters: the same on every silo and in every process.</summary>
    public static int BucketOf(string aggregateKey)
    {
        var hash = 2166136261u;
        foreach (var c in aggregateKey)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return (int)(hash % Buckets);
    }
}
