using Keel.Contracts;
using Keel.Silo.Memory;
using Keel.Silo.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Runtime.Hosting;
using Orleans.Streams;

namespace Keel.Silo.Hosting;

/// <summary>Composes a Keel silo; the co-hosted Api and the Silo host both call this.</summary>
public static class KeelSiloBuilderExtensions
{
    /// <summary>A complete single-process silo: local clustering plus everything Keel's services need.</summary>
    public static ISiloBuilder AddKeel(this ISiloBuilder silo, IConfiguration configuration, IHostEnvironment environment)
    {
        silo.UseKeelClustering(configuration).AddKeelServices(configuration);
        if (configuration.GetValue(KeelSettings.DashboardEnabled, environment.IsDevelopment()))
        {
            silo.AddDashboard();
        }
        return silo;
    }

    public static ISiloBuilder UseKeelClustering(this ISiloBuilder silo, IConfiguration configuration) =>
        silo.UseLocalhostClustering(
            configuration.GetValue(KeelSettings.SiloPort, KeelSettings.DefaultSiloPort),
            configuration.GetValue(KeelSettings.GatewayPort, KeelSettings.DefaultGatewayPort),
            serviceId: configuration[KeelSettings.ServiceId] ?? "keel",
            clusterId: configuration[KeelSettings.ClusterId] ?? "keel-dev");

    /// <summary>Storage, the event bridge, activation lifetimes and adapters; no clustering (tests bring their own).</summary>
    public static ISiloBuilder AddKeelServices(this ISiloBuilder silo, IConfiguration configuration)
    {
        switch (configuration.ReadStorageMode())
        {
            case StorageMode.Postgres:
                silo.AddKeelPostgres(PostgresConnection.Resolve(configuration), configuration.GetSection(KeelSettings.Bridge));
                break;
            default:
                silo.Services.AddGrainStorage(KeelNames.Storage, (services, _) => ActivatorUtilities.CreateInstance<InProcessGrainStorage>(services));
                silo.Services.AddGrainStorage(KeelNames.PubSubStorage, (services, _) => ActivatorUtilities.CreateInstance<InProcessGrainStorage>(services));
                silo.UseInMemoryReminderService();
                // Every consumer is an implicit subscription: no pub-sub rendezvous grain or pub-sub write per new stream.
                silo.AddMemoryStreams(KeelNames.StreamProvider, streams => streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly));
                break;
        }
        // Grains that did one-shot work deactivate themselves; readers' activations go after two idle minutes.
        silo.Configure<GrainCollectionOptions>(options => options.CollectionAge = TimeSpan.FromMinutes(2));
        silo.AddActivityPropagation();
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.AddKeelMail(configuration);
        return silo;
    }
}
