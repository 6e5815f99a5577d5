namespace Keel.Grains.Streaming;

/// <summary>
/// Where a stream provider's partitions live. Two sources feed a partition: the event log (read by position from a
/// checkpoint; appends made it deliverable) and the message queue (direct publishes and retries of failed log
/// deliveries, leased with a visibility timeout, dead-lettered after the last attempt).
/// </summary>
internal interface IStreamStore
{
    /// <summary>Log records of <paramref name="partition"/> after <paramref name="after"/>, in log order, only from finished transactions.</summary>
    Task<IReadOnlyList<LogRecord>> ReadLogAsync(int partition, LogPosition after, int maxCount, CancellationToken cancellationToken);

    /// <summary>Where delivery of the partition's log resumes.</summary>
    Task<LogPosition> LoadCheckpointAsync(int partition, CancellationToken cancellationToken);

    /// <summary>Moves the partition's checkpoint forward (never back).</summary>
    Task SaveCheckpointAsync(int partition, LogPosition position, CancellationToken cancellationToken);

    /// <summary>
    /// Queues a message: attempts 0 and no delay for a direct publish; for a failed log delivery, the attempts it had
    /// and the delay before it is tried again.
    /// </summary>
    Task EnqueueAsync(int partition, StreamId stream, byte[] payload, int attempts, TimeSpan delay, string? error, CancellationToken cancellationToken);

    /// <summary>Leases up to <paramref name="maxCount"/> visible queued messages; exhausted ones move to the dead letters.</summary>
    Task<List<LeasedMessage>> DequeueAsync(int partition, int maxCount, int maxAttempts, TimeSpan visibility, CancellationToken cancellationToken);

    /// <summary>Deletes delivered queued messages whose lease is still the one delivered.</summary>
    Task<int> AcknowledgeAsync(IReadOnlyCollection<MessageReceipt> receipts, CancellationToken cancellationToken);

    /// <summary>Extends leases of queued messages still waiting for delivery.</summary>
    Task RenewAsync(IReadOnlyCollection<MessageReceipt> receipts, TimeSpan visibility, CancellationToken cancellationToken);

    /// <summary>Records a failed delivery of a queued message; true when it moved to the dead letters.</summary>
    Task<bool> FailAsync(MessageReceipt receipt, int maxAttempts, TimeSpan visibility, string reason, CancellationToken cancellationToken);

    /// <summary>Deletes dead letters older than <paramref name="retention"/>; returns how many.</summary>
    Task<int> EvictDeadLettersAsync(TimeSpan retention, CancellationToken cancellationToken);
}

/// <summary>A place in the log: the appending transaction, then the row's position within the log.</summary>
internal readonly record struct LogPosition(long TxId, long Position) : IComparable<LogPosition>
{
    public static LogPosition Start { get; } = new(0, 0);

    public int CompareTo(LogPosition other) =>
        TxId != other.TxId ? TxId.CompareTo(other.TxId) : Position.CompareTo(other.Position);

    public static bool operator <(LogPosition left, LogPosition right) => left.CompareTo(right) < 0;

    public static bool operator >(LogPosition left, LogPosition right) => left.CompareTo(right) > 0;

    public static bool operator <=(LogPosition left, LogPosition right) => left.CompareTo(right) <= 0;

    public static bool operator >=(LogPosition left, LogPosition right) => left.CompareTo(right) >= 0;
}

/// <summary>One deliverable event of the log.</summary>
internal sealed record LogRecord(LogPosition Position, StreamId Stream, object Event);
