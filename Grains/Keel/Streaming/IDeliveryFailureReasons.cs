namespace Keel.Grains.Streaming;

/// <summary>
/// Why a delivery failed, from the silo whose subscriber threw to the silo whose pulling agent gives up on it (they
/// can be different silos), so the retry and the dead letter carry the reason. A delivery is a stream and the
/// partition's delivery number.
/// </summary>
internal interface IDeliveryFailureReasons
{
    Task RecordAsync(StreamId stream, long delivery, string reason);

    /// <summary>The recorded reason, removed; null when none was recorded.</summary>
    Task<string?> TakeAsync(StreamId stream, long delivery);

    /// <summary>Forgets reasons no failure handler took within <paramref name="retention"/>.</summary>
    Task EvictAsync(TimeSpan retention);
}

/// <summary>Memory mode: the silos of one process share <see cref="StreamDeliveryFailures"/>.</summary>
internal sealed class InProcessFailureReasons : IDeliveryFailureReasons
{
    public Task RecordAsync(StreamId stream, long delivery, string reason)
    {
        StreamDeliveryFailures.Record(stream, delivery, reason);
        return Task.CompletedTask;
    }

    public Task<string?> TakeAsync(StreamId stream, long delivery) => Task.FromResult(StreamDeliveryFailures.Find(stream, delivery));

    public Task EvictAsync(TimeSpan retention) => Task.CompletedTask; // bounded by its capacity
}
