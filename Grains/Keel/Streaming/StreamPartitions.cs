using Orleans.Configuration;
using Orleans.Streams;

namespace Keel.Grains.Streaming;

/// <summary>
/// A stream provider's partitions on this silo: which partition a stream belongs to (the same hash ring on every
/// silo and for every writer) and each partition's <see cref="PartitionState"/>. The event log uses it to tag
/// appended events with their partition and to wake the partition's receiver.
/// </summary>
internal sealed class StreamPartitions
{
    private readonly Dictionary<int, PartitionState> _byNumber;

    public StreamPartitions(string provider, EventStreamOptions options, TimeProvider time)
    {
        Mapper = new HashRingBasedStreamQueueMapper(new HashRingStreamQueueMapperOptions { TotalQueueCount = options.Partitions }, provider);
        ByQueue = Mapper.GetAllQueues().ToDictionary(
            queue => queue,
            queue => new PartitionState((int)queue.GetNumericId(), options.PollInterval, options.VisibilityTimeout, time));
        _byNumber = ByQueue.Values.ToDictionary(partition => partition.Number);
    }

    public HashRingBasedStreamQueueMapper Mapper { get; }

    public IReadOnlyDictionary<QueueId, PartitionState> ByQueue { get; }

    public IReadOnlyCollection<PartitionState> All => _byNumber.Values;

    public int PartitionOf(StreamId stream) => ByQueue[Mapper.GetQueueForStream(stream)].Number;

    /// <summary>Tells the partition's receiver that it has news (a notification, or an append in this process).</summary>
    public void Wake(int partition, bool queue = false)
    {
        if (_byNumber.TryGetValue(partition, out var state))
        {
            state.Wake(queue);
        }
    }

    public void WakeAll()
    {
        foreach (var state in _byNumber.Values)
        {
            state.Wake(queue: true);
        }
    }
}
