using System.Diagnostics;
using System.Threading.Channels;
using Keel.Grains.Diagnostics;
using Keel.Grains.EventLog;
using Keel.Grains.Streaming;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Serialization;

namespace Keel.Grains.Postgres.EventLog;

/// <summary>
/// The event log on PostgreSQL with group commit: loads, appends and snapshot writes of every grain of this silo
/// queue up while a batch is in flight and go together in the next one — one round trip, its statements one implicit
/// transaction, however many callers. Nothing waits on a timer: under light load a batch holds one operation.
/// Each caller completes after its own batch committed; a conflicting append fails only its caller.
/// </summary>
internal sealed partial class PostgresEventLog : IEventLog, IAsyncDisposable
{
    private const int MaxBatch = 512;

    private readonly Channel<LogOperation> _queue = Channel.CreateUnbounded<LogOperation>(new UnboundedChannelOptions { SingleReader = true });
    private readonly NpgsqlDataSource _database;
    private readonly string _serviceId;
    private readonly StreamPartitions _partitions;
    private readonly Serializer<EventEnvelope> _events;
    private readonly Serializer<AggregateSnapshot> _snapshots;
    private readonly ILogger<PostgresEventLog> _logger;
    private readonly List<LogOperation> _carried = [];
    private readonly Task _writer;
    private readonly AppendFeed? _appended;

    public PostgresEventLog(
        NpgsqlDataSource database,
        string serviceId,
        StreamPartitions partitions,
        Serializer<EventEnvelope> events,
        Serializer<AggregateSnapshot> snapshots,
        ILogger<PostgresEventLog> logger,
        AppendFeed? appended = null)
    {
        _appended = appended;
        _database = database;
        _serviceId = serviceId;
        _partitions = partitions;
        _events = events;
        _snapshots = snapshots;
        _logger = logger;
        _writer = Task.Run(RunAsync);
    }

    public Task<LoadedAggregate> LoadAsync(string stream) => Enqueue(new LoadOperation(stream));

    public Task<IReadOnlyList<EventEnvelope>> ReadAsync(string stream, long afterVersion) => Enqueue(new ReadOperation(stream, afterVersion));

    public Task AppendAsync(EventAppend append) => AppendAsync([append]);

    public Task AppendAsync(IReadOnlyList<EventAppend> appends)
    {
        EventAppend.EnsureOnePerStream(appends);
        // Serialized on the caller's thread: the writer loop only talks to the database.
        var parts = new AppendPart[appends.Count];
        for (var p = 0; p < parts.Length; p++)
        {
            var append = appends[p];
            var payloads = new byte[append.Events.Count][];
            for (var i = 0; i < payloads.Length; i++)
            {
                payloads[i] = _events.SerializeToArray(append.Events[i]);
            }
            parts[p] = new AppendPart(append, append.Destination is { } destination ? _partitions.PartitionOf(destination) : null, payloads);
        }
        return Enqueue(new AppendOperation(parts));
    }

    public Task SaveSnapshotAsync(string stream, long version, AggregateSnapshot snapshot) =>
        Enqueue(new SnapshotOperation(stream, version, _snapshots.SerializeToArray(snapshot)));

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    private Task<T> Enqueue<T>(LogOperation<T> operation)
    {
        if (!_queue.Writer.TryWrite(operation))
        {
            operation.Fail(new ObjectDisposedException(nameof(PostgresEventLog)));
        }
        return operation.Task;
    }

    private async Task RunAsync()
    {
        var batch = new List<LogOperation>(MaxBatch);
        while (_carried.Count > 0 || await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            batch.AddRange(_carried);
            _carried.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var operation))
            {
                batch.Add(operation);
            }
            await ExecuteSafelyAsync(batch);
        }
    }

    private async Task ExecuteSafelyAsync(List<LogOperation> batch)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await ExecuteAsync(batch);
        }
        catch (PostgresException exception) when (batch.Count > 1 && !exception.IsTransient)
        {
            // Something in the batch is bad: run each operation alone, so only the bad one fails.
            LogBatchSplit(_logger, exception, batch.Count);
            foreach (var operation in batch.ToArray())
            {
                await ExecuteSafelyAsync([operation]);
            }
            return;
        }
        catch (Exception exception)
        {
            foreach (var operation in batch)
            {
                operation.Fail(exception);
            }
            return;
        }
        KeelDiagnostics.EventLogBatchSize.Record(batch.Count);
        KeelDiagnostics.EventLogBatchDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private async Task ExecuteAsync(List<LogOperation> batch)
    {
        var loads = new List<LoadOperation>();
        var reads = new List<ReadOperation>();
        var appends = new List<AppendOperation>();
        var appended = new Dictionary<string, AppendOperation>(StringComparer.Ordinal);
        var snapshots = new Dictionary<string, SnapshotOperation>(StringComparer.Ordinal);
        foreach (var operation in batch)
        {
            switch (operation)
            {
                case LoadOperation load:
                    loads.Add(load);
                    break;
                case ReadOperation read:
                    reads.Add(read);
                    break;
                case AppendOperation append when append.Parts.Any(part => appended.ContainsKey(part.Append.Stream)):
                    _carried.Add(append); // a second append to one stream waits for the next batch
                    break;
                case AppendOperation append:
                    appends.Add(append);
                    foreach (var part in append.Parts)
                    {
                        appended[part.Append.Stream] = append;
                    }
                    break;
                case SnapshotOperation snapshot when !snapshots.TryAdd(snapshot.Stream, snapshot):
                    _carried.Add(snapshot);
                    break;
            }
        }
        batch.RemoveAll(_carried.Contains);

        // One round trip: the statements of a batch run as one implicit transaction that commits when the last one
        // has run (or rolls back whole when one fails); an append written in part is undone by the batch's last statement.
        await using var connection = await _database.OpenConnectionAsync();
        await using (var statements = new NpgsqlBatch(connection))
        {
            if (loads.Count > 0)
            {
                LogStatements.AddLoads(statements, _serviceId, loads);
            }
            if (reads.Count > 0)
            {
                LogStatements.AddReads(statements, _serviceId, [.. reads.Select(r => (r.Stream, r.After))]);
            }
            if (appends.Count > 0)
            {
                LogStatements.AddAppends(statements, _serviceId, [.. appends.SelectMany(append => append.Parts)]);
            }
            if (snapshots.Count > 0)
            {
                LogStatements.AddSnapshots(statements, _serviceId, snapshots.Values);
            }
            if (appends.Any(append => append.Rows > 1))
            {
                LogStatements.AddUndoOfPartial(statements, _serviceId, appends);
            }
            LogStatements.AddAlarms(statements, _serviceId, [.. appends.SelectMany(append => append.Parts).Select(part => part.Append)]);
            await using var reader = await statements.ExecuteReaderAsync();
            if (loads.Count > 0)
            {
                await ReadLoadsAsync(reader, loads);
            }
            if (reads.Count > 0)
            {
                await ReadRangesAsync(reader, reads);
            }
            if (appends.Count > 0)
            {
                while (await reader.ReadAsync())
                {
                    var stream = reader.GetString(0);
                    appended[stream].Inserted.Add((stream, reader.GetInt64(1)));
                }
            }
            // Disposing the reader reads the remaining results up to the commit's acknowledgement.
        }
        foreach (var load in loads)
        {
            load.Complete(new LoadedAggregate(load.Snapshot, load.Events));
        }
        foreach (var read in reads)
        {
            read.Complete(read.Events);
        }
        foreach (var append in appends)
        {
            if (append.Whole)
            {
                foreach (var part in append.Parts)
                {
                    _appended?.Publish(part.Append.Stream, part.Append.Events);
                }
                append.Complete(true);
            }
            else
            {
                append.Fail(Conflict(append));
            }
        }
        foreach (var snapshot in snapshots.Values)
        {
            snapshot.Complete(true);
        }
    }

    /// <summary>The conflict names the first stream whose version was taken (a row of it was not written).</summary>
    private static EventLogConflictException Conflict(AppendOperation append)
    {
        var part = append.Parts.FirstOrDefault(part => append.Inserted.Count(row => row.Stream == part.Append.Stream) < part.Payloads.Length)
            ?? append.Parts[0];
        return new EventLogConflictException(part.Append.Stream, part.Append.ExpectedVersion);
    }

    private async Task ReadRangesAsync(NpgsqlDataReader reader, List<ReadOperation> reads)
    {
        while (await reader.ReadAsync())
        {
            reads[(int)reader.GetInt64(0) - 1].Events.Add(_events.Deserialize(reader.GetFieldValue<byte[]>(1))!);
        }
        await reader.NextResultAsync();
    }

    private async Task ReadLoadsAsync(NpgsqlDataReader reader, List<LoadOperation> loads)
    {
        var byStream = loads.GroupBy(load => load.Stream, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            var snapshot = _snapshots.Deserialize(reader.GetFieldValue<byte[]>(1));
            foreach (var load in byStream[reader.GetString(0)])
            {
                load.Snapshot = snapshot;
            }
        }
        await reader.NextResultAsync();
        while (await reader.ReadAsync())
        {
            var envelope = _events.Deserialize(reader.GetFieldValue<byte[]>(1));
            foreach (var load in byStream[reader.GetString(0)])
            {
                load.Events.Add(envelope!);
            }
        }
        await reader.NextResultAsync();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An event log batch of {Count} operations failed; running them one by one")]
    private static partial void LogBatchSplit(ILogger logger, Exception exception, int count);
}
