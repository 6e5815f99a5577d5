using Keel.Grains.Interfaces.Wire;
using System.Diagnostics.Metrics;
using Keel.Grains.Interfaces;
using Keel.Grains.EventLog;
using Keel.Grains.Postgres.EventLog;
using Keel.Grains.Postgres.Streaming;
using Keel.Grains.Streaming;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Orleans.Serialization;

namespace Keel.Streaming.Tests;

/// <summary>The event log contract on PostgreSQL, plus what only a database with concurrent transactions can get wrong.</summary>
public sealed class PostgresEventLogTests : EventLogContractTests, IAsyncDisposable
{
    private static readonly IServiceProvider Serialization = new ServiceCollection().AddSerializer(serializer => serializer.AddKeelDomain()).BuildServiceProvider();

    private PostgresDatabase _database = null!;
    private NpgsqlDataSource _dataSource = null!;
    private PostgresEventLog _log = null!;

    private static Serializer<EventEnvelope> Envelopes => Serialization.GetRequiredService<Serializer<EventEnvelope>>();

    public override async Task InitializeAsync()
    {
        _database = await StreamsDatabase.CreateAsync();
        _dataSource = NpgsqlDataSource.Create(_database.ConnectionString);
        _log = new PostgresEventLog(_dataSource, "keel-test", Partitions, Envelopes,
            Serialization.GetRequiredService<Serializer<AggregateSnapshot>>(), NullLogger<PostgresEventLog>.Instance);
        Log = _log;
        Store = new StreamQueries(_dataSource, "keel-test", "keel-events", Envelopes);
        Alarms = new Keel.Grains.Postgres.Alarms.PostgresAlarmStore(_dataSource, "keel-test");
    }

    public override async Task DisposeAsync()
    {
        await _log.DisposeAsync();
        await _dataSource.DisposeAsync();
        await _database.DisposeAsync();
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    [Fact]
    public async Task AnAppendOfWhichALaterVersionIsTakenIsUndoneWhole()
    {
        var stream = NewStream();
        await InsertRawAsync(stream, 2, partition: null);

        await Assert.ThrowsAsync<EventLogConflictException>(() => Log.AppendAsync(Append(stream, 0, 2)));

        Assert.Equal(0L, await _database.ScalarAsync<long>($"SELECT count(*) FROM keel_events WHERE stream = '{stream}' AND version = 1"));
        Assert.Equal(1L, await _database.ScalarAsync<long>($"SELECT count(*) FROM keel_events WHERE stream = '{stream}' AND version = 2"));
    }

    [Fact]
    public async Task AReaderNeverSkipsAnAppendWhoseTransactionCommitsAfterLaterOnes()
    {
        var destination = StreamId.Create("users", Guid.NewGuid().ToString("N"));
        var partition = Partitions.PartitionOf(destination);
        var held = NewStream();
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await InsertRawAsync(held, 1, partition, destination, connection, transaction);

        // Later appends to the same partition commit while the first transaction is still open.
        var later = NewStream();
        await Log.AppendAsync(Append(later, 0, 3, destination));
        var whileHeld = await Store.ReadLogAsync(partition, LogPosition.Start, 100, CancellationToken.None);
        await transaction.CommitAsync();
        var afterCommit = await Store.ReadLogAsync(partition, LogPosition.Start, 100, CancellationToken.None);

        Assert.Empty(whileHeld);
        Assert.Equal([$"{held}/1", $"{later}/1", $"{later}/2", $"{later}/3"], afterCommit.Select(r => ((EventEnvelope)r.Event).EventId));
    }

    [Fact]
    public async Task ConcurrentAppendsShareBatches()
    {
        var sizes = new List<int>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "keel.eventlog.batch.size")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((_, value, _, _) =>
        {
            lock (sizes)
            {
                sizes.Add(value);
            }
        });
        listener.Start();

        await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Log.AppendAsync(Append(NewStream(), 0, 1))));

        // A batch's size is recorded once its callers are complete: wait for the last one's.
        int[] Sizes()
        {
            lock (sizes)
            {
                return [.. sizes];
            }
        }
        var recorded = await Eventually.GetAsync(() => Task.FromResult(Sizes()), s => s.Sum() >= 200, TimeSpan.FromSeconds(10),
            "the batch sizes of 200 appends", s => $"{s.Sum()} operations in {s.Length} batches");
        Assert.True(recorded.Length < 200 && recorded.Max() > 1, $"200 appends took {recorded.Length} batches: {string.Join(",", recorded)}");
    }

    private async Task InsertRawAsync(string stream, long version, int? partition, StreamId? destination = null,
        NpgsqlConnection? connection = null, NpgsqlTransaction? transaction = null)
    {
        var owned = connection is null ? await _dataSource.OpenConnectionAsync() : null;
        try
        {
            await using var command = new NpgsqlCommand("""
                INSERT INTO keel_events (service_id, stream, version, partition, stream_namespace, stream_key, event_type, occurred_at, payload)
                VALUES ('keel-test', $1, $2, $3, $4, $5, 'test', now(), $6)
                """, connection ?? owned, transaction);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stream });
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = version });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)partition ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)destination?.GetNamespace() ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)destination?.GetKeyAsString() ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = Envelopes.SerializeToArray(Event(stream, version)) });
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
        }
    }
}
