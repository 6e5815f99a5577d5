using Keel.Grains.EventLog;
using Keel.Grains.Postgres.Streaming;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Serialization;

namespace Keel.Grains.Postgres.EventLog;

/// <summary>What a process that watches streams needs on PostgreSQL: appends heard from every process, and a log reader.</summary>
public static class LogWatchingExtensions
{
    public static IServiceCollection AddKeelPostgresWatching(this IServiceCollection services)
    {
        services.AddSingleton(sp => new PostgresAppendListener(
            sp.GetRequiredKeyedService<NpgsqlDataSource>(KeelNames.Storage),
            PostgresStreamSiloBuilderExtensions.ServiceIdOf(sp),
            sp.GetRequiredService<ILogger<PostgresAppendListener>>()));
        services.AddSingleton<IRemoteAppends>(sp => sp.GetRequiredService<PostgresAppendListener>());
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<PostgresAppendListener>());
        // A co-hosted silo's log reads for its Api; a client Api reads the tables itself.
        services.TryAddSingleton<IEventLogReader>(sp => new PostgresLogReader(
            sp.GetRequiredKeyedService<NpgsqlDataSource>(KeelNames.Storage),
            PostgresStreamSiloBuilderExtensions.ServiceIdOf(sp),
            sp.GetRequiredService<Serializer<EventEnvelope>>(),
            sp.GetRequiredService<Serializer<AggregateSnapshot>>()));
        services.TryAddSingleton<AppendFeed>();
        return services;
    }
}
