using Keel.Grains.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Streams;

namespace Keel.Grains.Streaming;

/// <summary>Registers Keel's log-fed persistent stream provider on a silo, over a given store.</summary>
public static class EventStreamSiloBuilderExtensions
{
    /// <summary>How often a pulling agent asks its receiver; receivers answer from memory unless woken, so this is cheap.</summary>
    private static readonly TimeSpan PullingPeriod = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// Adds a stream provider named <paramref name="providerName"/> whose partitions are read from
    /// <paramref name="store"/>: the event log by position, plus a queue for direct publishes and retries.
    /// All consumers are implicit subscriptions.
    /// </summary>
    internal static ISiloBuilder AddKeelLogStreams(
        this ISiloBuilder silo,
        string providerName,
        Action<EventStreamOptions> configure,
        Func<IServiceProvider, EventStreamOptions, IStreamStore> store,
        bool needsConnectionString,
        Func<IServiceProvider, string, IStreamQueueBalancer>? balancer = null,
        Func<IServiceProvider, IDeliveryFailureReasons>? reasons = null)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentException.ThrowIfNullOrWhiteSpace(providerName);
        ArgumentNullException.ThrowIfNull(configure);

        silo.Services.Configure(providerName, configure);
        silo.Services.AddSingleton<IConfigurationValidator>(services => new EventStreamOptionsValidator(
            OptionsOf(services, providerName), providerName, needsConnectionString));
        silo.Services.AddKeyedSingleton(providerName, (services, _) => new StreamPartitions(
            providerName, OptionsOf(services, providerName), services.GetService<TimeProvider>() ?? TimeProvider.System));
        silo.Services.AddKeyedSingleton(providerName, (services, _) => store(services, OptionsOf(services, providerName)));
        silo.Services.AddKeyedSingleton(providerName, (services, _) => reasons?.Invoke(services) ?? new InProcessFailureReasons());
        silo.AddPersistentStreams(providerName, LogQueueAdapterFactory.Create, streams =>
        {
            streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly);
            streams.ConfigurePullingAgent(agent => agent.Configure(options => StreamTuning.Apply(options, PullingPeriod)));
            if (balancer is not null)
            {
                streams.ConfigurePartitionBalancing(balancer);
            }
        });
        return silo;
    }

    private static EventStreamOptions OptionsOf(IServiceProvider services, string providerName) =>
        services.GetRequiredService<IOptionsMonitor<EventStreamOptions>>().Get(providerName);
}
