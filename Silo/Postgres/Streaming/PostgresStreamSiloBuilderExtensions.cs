using Keel.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Streams;

namespace Keel.Silo.Postgres.Streaming;

/// <summary>Registers Keel's PostgreSQL-backed persistent stream provider on a silo.</summary>
public static class PostgresStreamSiloBuilderExtensions
{
    /// <summary>How often a pulling agent asks its receiver; receivers answer from memory unless woken, so this is cheap.</summary>
    private static readonly TimeSpan PullingPeriod = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// Adds a durable stream provider named <paramref name="providerName"/> whose queues live in PostgreSQL
    /// (schema: Migrations/0004_streams.sql). All consumers are implicit subscriptions.
    /// </summary>
    public static ISiloBuilder AddKeelPostgresStreams(this ISiloBuilder silo, string providerName, Action<PostgresStreamOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentException.ThrowIfNullOrWhiteSpace(providerName);
        ArgumentNullException.ThrowIfNull(configure);

        silo.Services.Configure(providerName, configure);
        silo.Services.AddSingleton<IConfigurationValidator>(services => new PostgresStreamOptionsValidator(
            services.GetRequiredService<IOptionsMonitor<PostgresStreamOptions>>().Get(providerName), providerName));
        silo.AddPersistentStreams(providerName, PostgresQueueAdapterFactory.Create, streams =>
        {
            streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly);
            streams.ConfigurePullingAgent(agent => agent.Configure(options => StreamTuning.Apply(options, PullingPeriod)));
        });
        return silo;
    }
}
