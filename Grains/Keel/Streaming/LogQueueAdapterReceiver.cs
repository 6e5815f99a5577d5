using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using Orleans.Streams;

namespace Keel.Grains.Streaming;

/// <summary>
/// Reads one partition for its pulling agent. The agent asks on every timer tick and again at once after a read that
/// found something; a quiet partition answers when a notification arrives or the poll interval elapses (the store is
/// read only then, or when the previous read was full). The log is read from the last
/// position read; the checkpoint follows the delivered records and is saved at most every checkpoint interval
/// (and at shutdown), so a restarted receiver redelivers at most that much. The retry queue is read every poll
/// interval; leases of its messages still in the agent's cache are renewed on the same ticks.
/// </summary>
internal sealed class LogQueueAdapterReceiver(
    string provider,
    EventStreamOptions options,
    PartitionState partition,
    IStreamStore store,
    Serializer<StreamPayload> serializer,
    TimeProvider time,
    ILogger<LogQueueAdapterReceiver> logger) : IQueueAdapterReceiver
{
    private bool _resumed;
    private LogPosition _cursor;
    private LogPosition _saved;
    private DateTimeOffset _nextCheckpoint;
    private DateTimeOffset _nextQueueRead;
    private bool _queueFull;

    public async Task Initialize(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await TryResumeAsync(cancellation.Token);
    }

    [Obsolete("Orleans calls the overload with a CancellationToken.")]
    public Task<IList<IBatchContainer>> GetQueueMessagesAsync(int maxCount) => GetQueueMessagesAsync(maxCount, CancellationToken.None);

    public async Task<IList<IBatchContainer>> GetQueueMessagesAsync(int maxCount, CancellationToken cancellationToken)
    {
        partition.ForgetStale();
        await RenewLeasesAsync(cancellationToken);
        await SaveCheckpointAsync(force: false, cancellationToken);
        if (!await TryResumeAsync(cancellationToken))
        {
            return [];
        }
        // A quiet partition holds the agent's read open until an append wakes it or its poll is due (the agent's
        // deliveries and calls interleave meanwhile), so delivery follows the append, not the agent's next tick.
        try
        {
            await partition.WaitForReadAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return []; // the agent stops (shutdown, or its queue moves to another silo): nothing was read
        }
        if (!partition.ShouldRead())
        {
            return [];
        }
        var limit = maxCount <= 0 ? options.BatchSize : Math.Min(maxCount, options.BatchSize);
        var batches = new List<IBatchContainer>();
        var full = await ReadLogAsync(batches, limit, cancellationToken);
        if (batches.Count < limit && (partition.TakeQueueWake() | _queueFull || time.GetUtcNow() >= _nextQueueRead))
        {
            full |= await ReadQueueAsync(batches, limit - batches.Count, cancellationToken);
        }
        partition.ReadCompleted(full);
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
            await store.AcknowledgeAsync(delivered, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.AcknowledgeFailed(exception, provider, partition.Number, delivered.Count);
        }
    }

    /// <summary>Saves how far delivery got, so the next owner of the partition resumes there.</summary>
    public Task Shutdown(TimeSpan timeout) => SaveCheckpointAsync(force: true, CancellationToken.None);

    private async Task<bool> TryResumeAsync(CancellationToken cancellationToken)
    {
        if (_resumed)
        {
            return true;
        }
        try
        {
            _cursor = _saved = await store.LoadCheckpointAsync(partition.Number, cancellationToken);
            partition.ResumeLogAt(_cursor);
            _resumed = true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.DequeueFailed(exception, provider, partition.Number);
        }
        return _resumed;
    }

    private async Task<bool> ReadLogAsync(List<IBatchContainer> batches, int limit, CancellationToken cancellationToken)
    {
        IReadOnlyList<LogRecord> records;
        try
        {
            records = await store.ReadLogAsync(partition.Number, _cursor, limit, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Try again at the next poll rather than on every tick of the agent's timer.
            logger.DequeueFailed(exception, provider, partition.Number);
            return false;
        }
        foreach (var record in records)
        {
            batches.Add(new EventBatchContainer(new StreamPayload(record.Stream, [record.Event], null), partition.Track(record)));
            _cursor = record.Position;
        }
        return records.Count == limit;
    }

    private async Task<bool> ReadQueueAsync(List<IBatchContainer> batches, int limit, CancellationToken cancellationToken)
    {
        _nextQueueRead = time.GetUtcNow() + options.PollInterval;
        List<LeasedMessage> leased;
        try
        {
            leased = await store.DequeueAsync(partition.Number, limit, options.MaxAttempts, options.VisibilityTimeout, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.DequeueFailed(exception, provider, partition.Number);
            _queueFull = false;
            return false;
        }
        _queueFull = leased.Count == limit;
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
            batches.Add(new EventBatchContainer(payload, partition.Track(message)));
        }
        return _queueFull;
    }

    private async Task SaveCheckpointAsync(bool force, CancellationToken cancellationToken)
    {
        var done = partition.LogDone;
        if (!_resumed || done <= _saved || (!force && time.GetUtcNow() < _nextCheckpoint))
        {
            return;
        }
        _nextCheckpoint = time.GetUtcNow() + options.CheckpointInterval;
        try
        {
            await store.SaveCheckpointAsync(partition.Number, done, cancellationToken);
            _saved = done;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The next interval tries again; until then a restart would only redeliver a little more.
            logger.CheckpointFailed(exception, provider, partition.Number);
        }
    }

    private async Task RenewLeasesAsync(CancellationToken cancellationToken)
    {
        var due = partition.TakeDueRenewals();
        if (due.Count == 0)
        {
            return;
        }
        try
        {
            await store.RenewAsync(due, options.VisibilityTimeout, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.RenewFailed(exception, provider, partition.Number, due.Count);
        }
    }

    private async Task BuryUnreadableAsync(LeasedMessage message, Exception exception, CancellationToken cancellationToken)
    {
        logger.UnreadablePayload(exception, provider, partition.Number, message.Id);
        var receipt = new MessageReceipt(message.Id, message.Attempts, time.GetUtcNow());
        var reason = $"payload cannot be deserialized: {exception.GetType().FullName}: {exception.Message}";
        try
        {
            await store.FailAsync(receipt, maxAttempts: 0, options.VisibilityTimeout, reason, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.RecordFailureFailed(failure, provider, message.Id);
        }
    }
}
