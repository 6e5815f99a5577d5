using Keel.Grains.Streaming;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization;

namespace Keel.Grains.Postgres.Streaming;

/// <summary>Registers Keel's stream provider on PostgreSQL: the event log read by position, LISTEN/NOTIFY wake-ups.</summary>
public static class PostgresStreamSiloBuilderExtensions
{
    /// <summary>
    /// Adds a durable stream provider named <paramref name="providerName"/> whose partitions live in PostgreSQL
    /// (schema: Migrations/0004_streams.sql and 0006_event_log.sql). By default it opens its own pool from
    /// <see cref="EventStreamOptions.ConnectionString"/>; <paramref name="dataSource"/> shares one instead.
    /// </summary>
    public static ISiloBuilder AddKeelPostgresStreams(
        this ISiloBuilder silo,
        string providerName,
        Action<EventStreamOptions> configure,
        Func<IServiceProvider, NpgsqlDataSource>? dataSource = null)
    {
        var poolKey = $"keel-streams:{providerName}";
        silo.Services.AddKeyedSingleton(poolKey, (services, _) => dataSource?.Invoke(services)
            ?? StreamDataSource.Create(services.GetRequiredService<IOptionsMonitor<EventStreamOptions>>().Get(providerName).ConnectionString));
        silo.Services.AddKeyedSingleton<IStreamWakeups>(providerName, (services, _) => new StreamNotificationListener(
            services.GetRequiredKeyedService<NpgsqlDataSource>(poolKey),
            providerName,
            ServiceIdOf(services),
            services.GetRequiredService<ILogger<StreamNotificationListener>>()));
        return silo.AddKeelLogStreams(
            providerName,
            configure,
            (services, _) => new StreamQueries(
                services.GetRequiredKeyedService<NpgsqlDataSource>(poolKey),
                ServiceIdOf(services),
                providerName,
                services.GetRequiredService<Serializer<EventEnvelope>>()),
            needsConnectionString: dataSource is null,
            reasons: services => new PostgresFailureReasons(services.GetRequiredKeyedService<NpgsqlDataSource>(poolKey), ServiceIdOf(services), providerName));
    }

    internal static string ServiceIdOf(IServiceProvider services) =>
        services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId;
}
