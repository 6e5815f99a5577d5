using Keel.Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Orleans.Streams;

namespace Keel.Silo.Hosting;

/// <summary>Composes a Keel silo; the co-hosted Api and the Silo host both call this.</summary>
public static class KeelSiloBuilderExtensions
{
    public static ISiloBuilder AddKeel(this ISiloBuilder silo, IConfiguration configuration)
    {
        silo.UseLocalhostClustering(
            configuration.GetValue(KeelSettings.SiloPort, KeelSettings.DefaultSiloPort),
            configuration.GetValue(KeelSettings.GatewayPort, KeelSettings.DefaultGatewayPort),
            serviceId: configuration[KeelSettings.ServiceId] ?? "keel",
            clusterId: configuration[KeelSettings.ClusterId] ?? "keel-dev");
        silo.AddMemoryGrainStorage(KeelNames.Storage);
        silo.AddMemoryGrainStorage(KeelNames.PubSubStorage);
        // Every consumer is an implicit subscription: no pub-sub rendezvous grain or pub-sub write per new stream.
        silo.AddMemoryStreams(KeelNames.StreamProvider, streams => streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly));
        silo.Configure<GrainCollectionOptions>(options => options.CollectionAge = TimeSpan.FromMinutes(2));
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.AddKeelMail(configuration);
        return silo;
    }
}
