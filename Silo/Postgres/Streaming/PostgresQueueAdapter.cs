using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using Orleans.Streams;

namespace Keel.Silo.Postgres.Streaming;

/// <summary>Writes event batches to the partition of their stream (one row, one round trip) and creates receivers.</summary>
internal sealed class PostgresQueueAdapter(
    string name,
    PostgresStreamOptions options,
    StreamQueries queries,
    IStreamQueueMapper mapper,
    IReadOnlyDictionary<QueueId, PartitionState> partitions,
    Serializer<StreamPayload> serializer,
    ILoggerFactory loggerFactory) : IQueueAdapter
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<PostgresQueueAdapter>();

    public string Name => name;

    public bool IsRewindable => false;

    public StreamProviderDirection Direction => StreamProviderDirection.ReadWrite;

    public async Task QueueMessageBatchAsync<T>(StreamId streamId, IEnumerable<T> events, StreamSequenceToken? token, Dictionary<string, object>? requestContext)
    {
        if (token is not null)
        {
            throw new ArgumentException("The PostgreSQL stream provider is not rewindable: it assigns its own sequence tokens.", nameof(token));
        }
        var partition = partitions[mapper.GetQueueForStream(streamId)].Number;
        var payload = serializer.SerializeToArray(new StreamPayload(streamId, events.Cast<object>().ToList(), requestContext));
        try
        {
            await queries.EnqueueAsync(partition, streamId.GetNamespace() ?? "", streamId.GetKeyAsString(), payload, CancellationToken.None);
        }
        catch (Exception exception)
        {
            _logger.EnqueueFailed(exception, name, partition);
            throw;
        }
    }

    public IQueueAdapterReceiver CreateReceiver(QueueId queueId) =>
        new PostgresQueueAdapterReceiver(name, options, partitions[queueId], queries, serializer, loggerFactory.CreateLogger<PostgresQueueAdapterReceiver>());
}
