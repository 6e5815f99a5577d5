using Keel.Grains.Interfaces;
using Keel.Grains.Interfaces.Wire;
using Keel.Grains.Postgres.EventLog;
using Keel.Grains.Postgres.Projections;
using Keel.Grains.Streaming;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Orleans.Serialization;

namespace Keel.Streaming.Tests;

/// <summary>The projection store's contract on PostgreSQL, over the real event log in a fresh database.</summary>
public sealed class PostgresProjectionStoreTests : ProjectionStoreContractTests, IAsyncDisposable
{
    private static readonly IServiceProvider Serialization = new ServiceCollection().AddSerializer(serializer => serializer.AddKeelDomain()).BuildServiceProvider();

    private PostgresDatabase _database = null!;
    private NpgsqlDataSource _dataSource = null!;
    private PostgresEventLog _log = null!;

    public override async Task InitializeAsync()
    {
        _database = await StreamsDatabase.CreateAsync();
        _dataSource = NpgsqlDataSource.Create(_database.ConnectionString);
        var envelopes = Serialization.GetRequiredService<Serializer<EventEnvelope>>();
        _log = new PostgresEventLog(_dataSource, "keel-test", new StreamPartitions("keel-events", new EventStreamOptions(), TimeProvider.System), envelopes,
            Serialization.GetRequiredService<Serializer<AggregateSnapshot>>(), NullLogger<PostgresEventLog>.Instance);
        var store = new PostgresProjectionStore(_dataSource, "keel-test", envelopes);
        (Log, Store, Models) = (_log, store, store);
    }

    public override async Task DisposeAsync()
    {
        await _log.DisposeAsync();
        await _dataSource.DisposeAsync();
        await _database.DisposeAsync();
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}
