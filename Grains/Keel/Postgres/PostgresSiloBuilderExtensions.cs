using Keel.Grains.Alarms;
using Keel.Grains.EventLog;
using Keel.Grains.Postgres.Alarms;
using Keel.Grains.Diagnostics;
using Keel.Grains.Postgres.EventLog;
using Keel.Grains.Postgres.Upgrades;
using Keel.Grains.Postgres.Projections;
using Keel.Grains.Projections;
using Keel.Grains.Postgres.Streaming;
using Keel.Grains.Streaming;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization;

namespace Keel.Grains.Postgres;

/// <summary>Grain storage, pub-sub storage, reminders and the event bridge on PostgreSQL, with the schema migrated at start-up.</summary>
public static class PostgresSiloBuilderExtensions
{
    private const string DeliveryTimeoutSetting = "DeliveryTimeout";

    public static ISiloBuilder AddKeelPostgres(this ISiloBuilder silo, string connectionString, IConfiguration bridge)
    {
        silo.Services.AddSingleton(sp => new PostgresMigrator(connectionString, sp.GetRequiredService<ILogger<PostgresMigrator>>(),
        [
            new AggregateRecordUpgrade(
                sp.GetRequiredService<Serializer<EventEnvelope>>(), sp.GetRequiredKeyedService<StreamPartitions>(KeelNames.StreamProvider)),
            new CanonicalKeysUpgrade([.. KeelModule.All.SelectMany(module => module.CanonicalKeys)]),
        ]));
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, MigrationStartup>();
        silo.Services.AddKeelPostgresAccess(connectionString);
        silo.Services.AddSingleton<PostgresEventLog>(sp => new PostgresEventLog(
            sp.GetRequiredKeyedService<NpgsqlDataSource>(KeelNames.Storage),
            PostgresStreamSiloBuilderExtensions.ServiceIdOf(sp),
            sp.GetRequiredKeyedService<StreamPartitions>(KeelNames.StreamProvider),
            sp.GetRequiredService<Serializer<EventEnvelope>>(),
            sp.GetRequiredService<Serializer<AggregateSnapshot>>(),
            sp.GetRequiredService<ILogger<PostgresEventLog>>(),
            sp.GetRequiredService<AppendFeed>()));
        silo.Services.AddSingleton<IEventLog>(sp => sp.GetRequiredService<PostgresEventLog>());
        silo.Services.AddSingleton<IEventLogReader>(sp => sp.GetRequiredService<PostgresEventLog>());
        silo.Services.AddSingleton<IAlarmStore>(sp => new PostgresAlarmStore(
            sp.GetRequiredKeyedService<NpgsqlDataSource>(KeelNames.Storage), PostgresStreamSiloBuilderExtensions.ServiceIdOf(sp)));

        silo.UseSystemTextJsonGrainStorageSerializer();
        silo.Services.Configure<SystemTextJsonGrainStorageSerializerOptions>(o => StorageJson.Configure(o.JsonSerializerOptions));
        silo.AddAdoNetGrainStorage(KeelNames.PubSubStorage, options =>
        {
            options.Invariant = PostgresConnection.Invariant;
            options.ConnectionString = connectionString;
        });
        silo.UseAdoNetReminderService(options =>
        {
            options.Invariant = PostgresConnection.Invariant;
            options.ConnectionString = connectionString;
        });
        silo.AddKeelPostgresStreams(
            KeelNames.StreamProvider,
            options => bridge.Bind(options),
            sp => sp.GetRequiredKeyedService<NpgsqlDataSource>(KeelNames.Storage));
        if (bridge.GetValue<TimeSpan?>(DeliveryTimeoutSetting) is { } deliveryTimeout)
        {
            // How long one delivery attempt retries a throwing subscriber before the bridge counts it as failed.
            silo.Services.Configure<StreamPullingAgentOptions>(KeelNames.StreamProvider, o => o.MaxEventDeliveryTime = deliveryTimeout);
        }
        return silo;
    }

    /// <summary>What any Keel process on PostgreSQL uses directly, silo or client: a data source, readiness, dead letters, projections' rows.</summary>
    public static IServiceCollection AddKeelPostgresAccess(this IServiceCollection services, string connectionString)
    {
        services.AddKeyedSingleton(KeelNames.Storage, (_, _) => NpgsqlDataSource.Create(PostgresConnection.WithDefaults(connectionString)));
        services.AddHealthChecks().Add(new HealthCheckRegistration(
            "postgres", sp => new PostgresHealthCheck(sp.GetRequiredKeyedService<NpgsqlDataSource>(KeelNames.Storage)),
            HealthStatus.Unhealthy, tags: []));
        services.AddSingleton(sp => new DeadLetterStore(sp.GetRequiredKeyedService<NpgsqlDataSource>(KeelNames.Storage)));
        services.AddSingleton(sp => new PostgresProjectionStore(
            sp.GetRequiredKeyedService<NpgsqlDataSource>(KeelNames.Storage), PostgresStreamSiloBuilderExtensions.ServiceIdOf(sp),
            sp.GetRequiredService<Serializer<EventEnvelope>>()));
        services.AddSingleton<IProjectionStore>(sp => sp.GetRequiredService<PostgresProjectionStore>());
        services.AddSingleton<IReadModels>(sp => sp.GetRequiredService<PostgresProjectionStore>());
        services.AddDependencyOutage("PostgreSQL", PostgresFailures.IsOutage,
            _ => cancellationToken => PostgresFailures.ProbeAsync(connectionString, cancellationToken),
            // Connections pooled before the outage are dead: drop them, so no request meets one after the recovery.
            recovered: NpgsqlConnection.ClearAllPools);
        return services;
    }
}
