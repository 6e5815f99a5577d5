using System.Net;
using Keel.Grains.Interfaces.Wire;
using Orleans.Serialization;
using Keel.Grains.Alarms;
using Keel.Grains.Placement;
using Keel.Grains.Diagnostics;
using Keel.Grains.Memory;
using Keel.Grains.Projections;
using Keel.Grains.Postgres;
using Keel.Grains.Streaming;
using Keel.Grains.EventLog;
using Keel.Grains.Tls;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Placement;
using Orleans.Runtime.Hosting;

namespace Keel.Grains.Hosting;

/// <summary>Composes a Keel silo; the co-hosted Api and the Silo host both call this.</summary>
public static class KeelSiloBuilderExtensions
{
    /// <summary>A complete single-process silo: local clustering plus everything Keel's services need.</summary>
    public static ISiloBuilder AddKeel(this ISiloBuilder silo, IConfiguration configuration, IHostEnvironment environment)
    {
        silo.UseKeelClustering(configuration).AddKeelServices(configuration);
        if (configuration.DashboardEnabled(environment))
        {
            silo.AddDashboard();
        }
        return silo;
    }

    /// <summary>
    /// Memory mode: one local silo. PostgreSQL mode: membership in PostgreSQL, so silos and client Apis find each
    /// other. With <c>Keel:Tls:Certificate</c>, every silo and gateway connection is mutual TLS; a silo that listens
    /// beyond loopback refuses to start without it.
    /// </summary>
    public static ISiloBuilder UseKeelClustering(this ISiloBuilder silo, IConfiguration configuration)
    {
        var siloPort = configuration.ReadPort(KeelSettings.SiloPort, KeelSettings.DefaultSiloPort);
        var gatewayPort = configuration.ReadPort(KeelSettings.GatewayPort, KeelSettings.DefaultGatewayPort);
        var (serviceId, clusterId) = configuration.ReadClusterIds();
        var tls = TlsCredentials.Read(configuration, silo: true);
        if (tls is not null)
        {
            silo.UseKeelTls(tls);
        }
        if (configuration.ReadStorageMode() == StorageMode.Postgres)
        {
            var address = ReadAdvertisedAddress(configuration);
            var listenOnAny = !IPAddress.IsLoopback(address);
            if (listenOnAny && tls is null)
            {
                throw new KeelStartupException(
                    KeelSettings.TlsCertificate,
                    $"not set, but {KeelSettings.AdvertisedAddress} is {address}, so the silo and gateway ports would accept anyone on the network, unauthenticated and unencrypted",
                    $"set it to this node's certificate and {KeelSettings.TlsCertificateAuthority} to the CA that signs Keel's certificates, or advertise 127.0.0.1 when the whole cluster runs on one machine");
            }
            silo.Configure<ClusterOptions>(configuration.ApplyClusterIds);
            silo.ConfigureEndpoints(address, siloPort, gatewayPort, listenOnAnyHostAddress: listenOnAny);
            PortCheck.Add(silo.Services, listenOnAny ? IPAddress.Any : address, siloPort, gatewayPort);
            silo.UseAdoNetClustering(options =>
            {
                options.Invariant = PostgresConnection.Invariant;
                options.ConnectionString = PostgresConnection.Resolve(configuration);
            });
            silo.Configure<ClusterMembershipOptions>(ClusterTuning.Apply);
            silo.Configure<SiloMessagingOptions>(options => options.ResponseTimeout = ClusterTuning.CallTimeout);
        }
        else
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: serviceId, clusterId: clusterId);
            PortCheck.Add(silo.Services, IPAddress.Loopback, siloPort, gatewayPort);
        }
        return silo;
    }

    private static IPAddress ReadAdvertisedAddress(IConfiguration configuration) =>
        configuration[KeelSettings.AdvertisedAddress] is not { Length: > 0 } advertised
            ? IPAddress.Loopback
            : IPAddress.TryParse(advertised, out var address)
                ? address
                : throw new KeelStartupException(
                    KeelSettings.AdvertisedAddress, $"'{advertised}' is not an IP address", "set the address other silos reach this one at, such as 10.0.0.5");

    /// <summary>Storage, the event bridge, activation lifetimes and adapters; no clustering (tests bring their own).</summary>
    public static ISiloBuilder AddKeelServices(this ISiloBuilder silo, IConfiguration configuration)
    {
        silo.Services.AddKeelFailureReporting(configuration);
        silo.AddKeelWire();
        switch (configuration.ReadStorageMode())
        {
            case StorageMode.Postgres:
                silo.AddKeelPostgres(PostgresConnection.Resolve(configuration), configuration.GetSection(KeelSettings.Bridge));
                break;
            default:
                silo.Services.AddGrainStorage(KeelNames.PubSubStorage, (services, _) => ActivatorUtilities.CreateInstance<InProcessGrainStorage>(services));
                silo.UseInMemoryReminderService();
                silo.Services.AddSingleton<InMemoryAlarmStore>();
                silo.Services.AddSingleton<IAlarmStore>(services => services.GetRequiredService<InMemoryAlarmStore>());
                silo.Services.AddSingleton(services => new InMemoryEventLog(
                    services.GetRequiredKeyedService<StreamPartitions>(KeelNames.StreamProvider),
                    services.GetService<TimeProvider>() ?? TimeProvider.System,
                    services.GetRequiredService<AppendFeed>(),
                    services.GetRequiredService<InMemoryAlarmStore>(),
                    KeelModule.Projected));
                silo.Services.AddSingleton(services => new InMemoryProjectionStore(
                    services.GetRequiredService<InMemoryEventLog>(), services.GetService<TimeProvider>() ?? TimeProvider.System));
                silo.Services.AddSingleton<IProjectionStore>(services => services.GetRequiredService<InMemoryProjectionStore>());
                silo.Services.AddSingleton<IReadModels>(services => services.GetRequiredService<InMemoryProjectionStore>());
                silo.Services.AddSingleton<IEventLogReader>(services => services.GetRequiredService<InMemoryEventLog>());
                silo.Services.AddSingleton<IEventLog>(services => services.GetRequiredService<InMemoryEventLog>());
                silo.AddKeelLogStreams(
                    KeelNames.StreamProvider,
                    options => configuration.GetSection(KeelSettings.Bridge).Bind(options),
                    (services, _) => services.GetRequiredService<InMemoryEventLog>(),
                    needsConnectionString: false,
                    (_, _) => new SiloLocalQueueBalancer());
                break;
        }
        // Grains that did one-shot work deactivate themselves; readers' activations go after two idle minutes.
        silo.Configure<GrainCollectionOptions>(options => options.CollectionAge = TimeSpan.FromMinutes(2));
        var directoryCacheSize = configuration.ReadCount(KeelSettings.DirectoryCacheSize, KeelSettings.DefaultDirectoryCacheSize);
        silo.Configure<GrainDirectoryOptions>(options => options.CacheSize = directoryCacheSize);
        // Service roles: this silo's services travel in its grain manifest; the placement filter reads them there.
        var services = SiloServices.Parse(configuration[KeelSettings.Services]);
        silo.Services.AddSingleton<Orleans.Metadata.IGrainPropertiesProvider>(new SiloServicesProperty(services));
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => ActivatorUtilities.CreateInstance<SiloServicesCheck>(sp, services));
        silo.Services.AddPlacementFilter<KeelServicePlacementFilterStrategy, KeelServicePlacementFilterDirector>(ServiceLifetime.Transient);
        silo.Services.AddSingleton<IDeliveryFailureObserver>(services => new DeliveryFailureRecorder(services, KeelNames.StreamProvider));
        silo.AddActivityPropagation();
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.AddSingleton<AggregateServices>();
        silo.Services.TryAddKeyedSingleton<TimeProvider>(KeelNames.AlarmTime, (services, _) => services.GetRequiredService<TimeProvider>());
        silo.Services.AddSingleton<AlarmBell>();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, AlarmClock>();
        silo.Services.Configure<ProjectionOptions>(configuration.GetSection(ProjectionOptions.Section));
        silo.Services.Configure<Presence.PresenceOptions>(configuration.GetSection(Presence.PresenceOptions.Section));
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => ActivatorUtilities.CreateInstance<Projector>(sp, services));
        silo.Services.AddSingleton<Orleans.Metadata.IGrainPropertiesProvider, ModulePlacement>();
        silo.Services.TryAddSingleton<AppendFeed>();
        foreach (var module in KeelModule.All)
        {
            module.AddTo(silo.Services, configuration);
        }
        return silo;
    }

    /// <summary>Domain's values on the wire and in the log, grain identities remembered (every silo needs it; <see cref="AddKeelServices"/> adds it).</summary>
    public static ISiloBuilder AddKeelWire(this ISiloBuilder silo)
    {
        silo.Services.AddSerializer(serializer => serializer.AddKeelDomain());
        GrainInterfaceTypeCache.AddTo(silo.Services);
        return silo;
    }
}
