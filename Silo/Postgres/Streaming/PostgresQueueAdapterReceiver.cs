using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using Orleans.Streams;

namespace Keel.Silo.Postgres.Streaming;

/// <summary>
/// Reads one partition for its pulling agent. The agent asks on every timer tick; the database is read only when a
/// notification arrived, the poll interval elapsed, or the previous read was full. Leases of messages still in
/// the agent's cache are renewed on the same ticks. Delivered messages are deleted, except those the failure
/// handler marked failed.
/// </summary>
internal sealed class PostgresQueueAdapterReceiver(
    string provider,
    PostgresStreamOptions options,
    PartitionState partition,
    StreamQueries queries,
    Serializer<StreamPayload> serializer,
    ILogger<PostgresQueueAdapterReceiver> logger) : IQueueAdapterReceiver
{
    public Task Initialize(TimeSpan timeout) => Task.CompletedTask;

    [Obsolete("Orleans calls the overload with a CancellationToken.")]
    public Task<IList<IBatchContainer>> GetQueueMessagesAsync(int maxCount) => GetQueueMessagesAsync(maxCount, CancellationToken.None);

    public async Task<IList<IBatchContainer>> GetQueueMessagesAsync(int maxCount, CancellationToken cancellationToken)
    {
        partition.ForgetStale();
        await RenewLeasesAsync(cancellationToken);
        if (!partition.ShouldRead())
        {
            return [];
        }
        var limit = maxCount <= 0 ? options.BatchSize : Math.Min(maxCount, options.BatchSize);
        List<LeasedMessage> leased;
        try
        {
            leased = await queries.DequeueAsync(partition.Number, limit, options.MaxAttempts, options.VisibilityTimeout, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Try again at the next poll rather than on every tick of the agent's timer.
            logger.DequeueFailed(exception, provider, partition.Number);
            partition.ReadCompleted(full: false);
            return [];
        }
        partition.ReadCompleted(full: leased.Count == limit);

        var batches = new List<IBatchContainer>(leased.Count);
        foreach (var message in leased)
        {
            StreamPayload payload;
            try
            {
                payload = serializer.Deserialize(message.Payload) ?? throw new InvalidDataException("The payload is empty.");
            }
            catch (Exception exception)
            {
                await BuryUnreadableAsync(message, exception, cancellationToken);
                continue;
            }
            batches.Add(new PostgresBatchContainer(payload, partition.Track(message)));
        }
        return batches;
    }

    [Obsolete("Orleans calls the overload with a CancellationToken.")]
    public Task MessagesDeliveredAsync(IList<IBatchContainer> messages) => MessagesDeliveredAsync(messages, CancellationToken.None);

    public async Task MessagesDeliveredAsync(IList<IBatchContainer> messages, CancellationToken cancellationToken)
    {
        var delivered = partition.TakeDelivered(messages.Select(message => message.SequenceToken));
        if (delivered.Count == 0)
        {
            return;
        }
        try
        {
            await queries.AcknowledgeAsync(delivered, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.AcknowledgeFailed(exception, provider, partition.Number, delivered.Count);
        }
    }

    // Leases simply expire: whatever was not acknowledged is delivered again by whoever reads the partition next.
    public Task Shutdown(TimeSpan timeout) => Task.CompletedTask;

    private async Task RenewLeasesAsync(CancellationToken cancellationToken)
    {
        var due = partition.TakeDueRenewals();
        if (due.Count == 0)
        {
            return;
        }
        try
        {
            await queries.RenewAsync(due, options.VisibilityTimeout, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.RenewFailed(exception, provider, partition.Number, due.Count);
        }
    }

    private async Task BuryUnreadableAsync(LeasedMessage message, Exception exception, CancellationToken cancellationToken)
    {
        logger.UnreadablePayload(exception, provider, partition.Number, message.Id);
        var receipt = new MessageReceipt(message.Id, message.Attempts, DateTimeOffset.UtcNow);
        var reason = $"payload cannot be deserialized: {exception.GetType().FullName}: {exception.Message}";
        try
        {
            await queries.FailAsync(receipt, maxAttempts: 0, options.VisibilityTimeout, reason, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.RecordFailureFailed(failure, provider, message.Id);
        }
    }
}
