using Keel.Grains.Hosting;
using Keel.Grains.Streaming;
using Keel.Grains.Postgres.Streaming;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace Keel.Streaming.Tests;

/// <summary>A fresh database plus one in-process silo running the PostgreSQL stream provider and the test grains.</summary>
public abstract class StreamClusterFixture : IAsyncLifetime
{
    private PostgresDatabase? _database;
    private InProcessTestCluster? _cluster;

    public DeliveryLog Log { get; } = new();

    public PostgresDatabase Database => _database ?? throw new InvalidOperationException("The fixture is not initialized.");

    public InProcessTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The fixture is not initialized.");

    public DeadLetterStore DeadLetters { get; private set; } = null!;

    protected abstract void Configure(EventStreamOptions options);

    protected virtual TimeSpan MaxEventDeliveryTime => TimeSpan.FromMinutes(1);

    public async Task InitializeAsync()
    {
        _database = await StreamsDatabase.CreateAsync();
        DeadLetters = new DeadLetterStore(Database.ConnectionString);
        var connectionString = Database.ConnectionString;
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureClient(client => client.AddKeelWire());
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddKeelWire();
            silo.Services.AddSingleton(Log);
            silo.AddMemoryGrainStorage("PubSubStore");
            silo.AddKeelPostgresStreams(TestStreams.Provider, options =>
            {
                options.ConnectionString = connectionString;
                Configure(options);
            });
            silo.Services.Configure<StreamPullingAgentOptions>(TestStreams.Provider, options => options.MaxEventDeliveryTime = MaxEventDeliveryTime);
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
        if (DeadLetters is not null)
        {
            await DeadLetters.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    public Task<long> QueuedMessagesAsync(string where = "true") =>
        Database.ScalarAsync<long>($"SELECT count(*) FROM keel_stream_messages WHERE {where}");
}

/// <summary>Production-like settings (30 s visibility timeout): nothing is redelivered while the silo is healthy.</summary>
public sealed class DeliveryFixture : StreamClusterFixture
{
    protected override void Configure(EventStreamOptions options)
    {
    }
}

/// <summary>Short timeouts so failing deliveries are retried and dead-lettered within seconds.</summary>
public sealed class FailureFixture : StreamClusterFixture
{
    public const int MaxAttempts = 3;

    protected override void Configure(EventStreamOptions options)
    {
        options.VisibilityTimeout = TimeSpan.FromSeconds(1);
        options.MaxAttempts = MaxAttempts;
        options.PollInterval = TimeSpan.FromMilliseconds(250);
        options.EvictionInterval = TimeSpan.FromSeconds(1);
    }

    protected override TimeSpan MaxEventDeliveryTime => TimeSpan.FromSeconds(1);
}
