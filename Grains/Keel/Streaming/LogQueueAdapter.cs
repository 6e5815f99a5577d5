using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using Orleans.Streams;

namespace Keel.Grains.Streaming;

/// <summary>
/// Creates the partitions' receivers. Aggregates never publish through here: their events reach the stream by being
/// appended to the log. A direct publish (an Orleans stream used without an aggregate) is queued in its partition.
/// </summary>
internal sealed class LogQueueAdapter(
    string name,
    EventStreamOptions options,
    StreamPartitions partitions,
    IStreamStore store,
    Serializer<StreamPayload> serializer,
    TimeProvider time,
    ILoggerFactory loggerFactory) : IQueueAdapter
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<LogQueueAdapter>();

    public string Name => name;

    public bool IsRewindable => false;

    public StreamProviderDirection Direction => StreamProviderDirection.ReadWrite;

    public async Task QueueMessageBatchAsync<T>(StreamId streamId, IEnumerable<T> events, StreamSequenceToken? token, Dictionary<string, object>? requestContext)
    {
        if (token is not null)
        {
            throw new ArgumentException("Keel's stream provider is not rewindable: it assigns its own sequence tokens.", nameof(token));
        }
        var partition = partitions.PartitionOf(streamId);
        var payload = serializer.SerializeToArray(new StreamPayload(streamId, events.Cast<object>().ToList(), requestContext));
        try
        {
            await store.EnqueueAsync(partition, streamId, payload, attempts: 0, TimeSpan.Zero, error: null, CancellationToken.None);
        }
        catch (Exception exception)
        {
            _logger.EnqueueFailed(exception, name, partition);
            throw;
        }
    }

    public IQueueAdapterReceiver CreateReceiver(QueueId queueId) => new LogQueueAdapterReceiver(
        name, options, partitions.ByQueue[queueId], store, serializer, time, loggerFactory.CreateLogger<LogQueueAdapterReceiver>());
}
