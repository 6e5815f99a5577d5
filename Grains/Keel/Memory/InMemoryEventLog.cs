using Keel.Grains.EventLog;
using Keel.Grains.Projections;
using Keel.Grains.Streaming;

namespace Keel.Grains.Memory;

/// <summary>
/// The event log and the stream store in this process's memory, for the single-process memory mode: the same
/// semantics as PostgreSQL (expected-version conflicts, snapshots, partitions read by position from a checkpoint, a
/// retry queue with leases and dead letters), none across a restart. Envelopes and snapshots are immutable, so
/// nothing is copied. Not for clusters: each silo would see only its own log.
/// </summary>
internal sealed class InMemoryEventLog(
    StreamPartitions partitions, TimeProvider time, AppendFeed? appended = null, InMemoryAlarmStore? alarms = null, IReadOnlySet<string>? projected = null)
    : IEventLog, IStreamStore
{
    /// <summary>Every deliverable event of the services projections read, in log order (partitions forget theirs once delivered).</summary>
    private readonly List<ProjectedRecord> _projected = [];
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StoredAggregate> _streams = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<LogRecord>> _partitionLogs = [];
    private readonly Dictionary<int, LogPosition> _checkpoints = [];
    private readonly InMemoryMessageQueue _queue = new(time);
    private long _nextPosition;

    public Task<LoadedAggregate> LoadAsync(string stream)
    {
        lock (_gate)
        {
            if (!_streams.TryGetValue(stream, out var stored))
            {
                return Task.FromResult(LoadedAggregate.Empty);
            }
            var after = stored.Snapshot?.Version ?? 0;
            return Task.FromResult(new LoadedAggregate(stored.Snapshot, [.. stored.Events.Where(e => e.Version > after)]));
        }
    }

    public Task<IReadOnlyList<EventEnvelope>> ReadAsync(string stream, long afterVersion)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<EventEnvelope>>(_streams.TryGetValue(stream, out var stored)
                ? [.. stored.Events.Where(e => e.Version > afterVersion)]
                : []);
        }
    }

    public Task AppendAsync(EventAppend append) => AppendAsync([append]);

    public Task AppendAsync(IReadOnlyList<EventAppend> appends)
    {
        EventAppend.EnsureOnePerStream(appends);
        // Every command's path: indexed loops (no boxed enumerators) and the woken partitions on the stack.
        Span<int> woken = appends.Count <= 16 ? stackalloc int[appends.Count] : new int[appends.Count];
        var wokenCount = 0;
        lock (_gate)
        {
            for (var i = 0; i < appends.Count; i++)
            {
                var version = _streams.TryGetValue(appends[i].Stream, out var existing) ? existing.Version : 0;
                if (version != appends[i].ExpectedVersion)
                {
                    return Task.FromException(new EventLogConflictException(appends[i].Stream, appends[i].ExpectedVersion));
                }
            }
            for (var i = 0; i < appends.Count; i++)
            {
                var append = appends[i];
                var stored = _streams.TryGetValue(append.Stream, out var existing) ? existing : _streams[append.Stream] = new StoredAggregate();
                stored.Events.AddRange(append.Events);
                if (append.Alarm is { } alarm)
                {
                    alarms?.Apply(append.Stream, alarm);
                }
                if (append.Destination is { } destination)
                {
                    var partition = partitions.PartitionOf(destination);
                    if (!woken[..wokenCount].Contains(partition))
                    {
                        woken[wokenCount++] = partition;
                    }
                    var log = _partitionLogs.TryGetValue(partition, out var records) ? records : _partitionLogs[partition] = [];
                    var service = projected is null ? null : destination.GetNamespace()!; // decoded only when projections read
                    var keep = service is not null && projected!.Contains(service);
                    for (var e = 0; e < append.Events.Count; e++)
                    {
                        var envelope = append.Events[e];
                        var position = new LogPosition(0, ++_nextPosition);
                        log.Add(new LogRecord(position, destination, envelope));
                        if (keep)
                        {
                            _projected.Add(new ProjectedRecord(position, service!, envelope.StreamKey ?? ProjectedRecord.KeyOf(append.Stream), envelope));
                        }
                    }
                }
            }
        }
        foreach (var partition in woken[..wokenCount])
        {
            partitions.Wake(partition);
        }
        for (var i = 0; i < appends.Count; i++)
        {
            appended?.Publish(appends[i].Stream, appends[i].Events);
        }
        return Task.CompletedTask;
    }

    /// <summary>The events of <paramref name="services"/> after <paramref name="after"/>, in log order (only services in the projected set are kept).</summary>
    public IReadOnlyList<ProjectedRecord> ReadProjected(IReadOnlyList<string> services, LogPosition after, int maxCount)
    {
        lock (_gate)
        {
            var records = new List<ProjectedRecord>();
            for (var i = FirstAfter(_projected, after); i < _projected.Count && records.Count < maxCount; i++)
            {
                if (services.Contains(_projected[i].Service))
                {
                    records.Add(_projected[i]);
                }
            }
            return records;
        }
    }

    public Task SaveSnapshotAsync(string stream, long version, AggregateSnapshot snapshot)
    {
        lock (_gate)
        {
            if (_streams.TryGetValue(stream, out var stored) && (stored.Snapshot?.Version ?? 0) < version)
            {
                stored.Snapshot = snapshot;
                // The snapshot holds everything up to its version: the events before it are not read again.
                stored.Events.RemoveAll(e => e.Version <= version);
                stored.Compacted = version;
            }
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<LogRecord>> ReadLogAsync(int partition, LogPosition after, int maxCount, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_partitionLogs.TryGetValue(partition, out var log))
            {
                return Task.FromResult<IReadOnlyList<LogRecord>>([]);
            }
            var start = FirstAfter(log, after);
            return Task.FromResult<IReadOnlyList<LogRecord>>(log.GetRange(start, Math.Min(maxCount, log.Count - start)));
        }
    }

    public Task<LogPosition> LoadCheckpointAsync(int partition, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_checkpoints.GetValueOrDefault(partition, LogPosition.Start));
        }
    }

    public Task SaveCheckpointAsync(int partition, LogPosition position, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (position > _checkpoints.GetValueOrDefault(partition, LogPosition.Start))
            {
                _checkpoints[partition] = position;
                // Delivered records are kept by their aggregates; the partition forgets them.
                if (_partitionLogs.TryGetValue(partition, out var log))
                {
                    log.RemoveRange(0, FirstAfter(log, position));
                }
            }
        }
        return Task.CompletedTask;
    }

    public Task EnqueueAsync(int partition, StreamId stream, byte[] payload, int attempts, TimeSpan delay, string? error, CancellationToken cancellationToken)
    {
        _queue.Enqueue(partition, stream, payload, attempts, delay, error);
        if (delay == TimeSpan.Zero)
        {
            partitions.Wake(partition, queue: true);
        }
        return Task.CompletedTask;
    }

    public Task<List<LeasedMessage>> DequeueAsync(int partition, int maxCount, int maxAttempts, TimeSpan visibility, CancellationToken cancellationToken) =>
        Task.FromResult(_queue.Dequeue(partition, maxCount, maxAttempts, visibility));

    public Task<int> AcknowledgeAsync(IReadOnlyCollection<MessageReceipt> receipts, CancellationToken cancellationToken) =>
        Task.FromResult(_queue.Acknowledge(receipts));

    public Task RenewAsync(IReadOnlyCollection<MessageReceipt> receipts, TimeSpan visibility, CancellationToken cancellationToken)
    {
        _queue.Renew(receipts, visibility);
        return Task.CompletedTask;
    }

    public Task<bool> FailAsync(MessageReceipt receipt, int maxAttempts, TimeSpan visibility, string reason, CancellationToken cancellationToken) =>
        Task.FromResult(_queue.Fail(receipt, maxAttempts, visibility, reason));

    public Task<int> EvictDeadLettersAsync(TimeSpan retention, CancellationToken cancellationToken) =>
        Task.FromResult(_queue.EvictDeadLetters(retention));

    /// <summary>The index of the first record after <paramref name="position"/> (records are in position order).</summary>
    private static int FirstAfter(List<LogRecord> log, LogPosition position) => FirstAfter(log, position, record => record.Position);

    private static int FirstAfter(List<ProjectedRecord> log, LogPosition position) => FirstAfter(log, position, record => record.Position);

    private static int FirstAfter<TRecord>(List<TRecord> log, LogPosition position, Func<TRecord, LogPosition> positionOf)
    {
        int low = 0, high = log.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (positionOf(log[middle]) <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    private sealed class StoredAggregate
    {
        public List<EventEnvelope> Events { get; } = [];

        public AggregateSnapshot? Snapshot { get; set; }

        /// <summary>Events up to this version were dropped in favour of the snapshot.</summary>
        public long Compacted { get; set; }

        public long Version => Events.Count > 0 ? Events[^1].Version : Compacted;
    }
}
