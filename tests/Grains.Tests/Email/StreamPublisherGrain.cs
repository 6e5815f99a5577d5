using Keel.Grains.Interfaces;

namespace Keel.Grains.Tests;

/// <summary>Publishes an envelope on Keel's stream provider from inside the silo, the way a redelivery reaches subscribers.</summary>
public interface IStreamPublisherGrain : IGrainWithIntegerKey
{
    Task PublishAsync(string streamNamespace, string streamKey, EventEnvelope envelope);
}

public sealed class StreamPublisherGrain : Grain, IStreamPublisherGrain
{
    public Task PublishAsync(string streamNamespace, string streamKey, EventEnvelope envelope) =>
        this.GetStreamProvider(KeelNames.StreamProvider)
            .GetStream<EventEnvelope>(StreamId.Create(streamNamespace, streamKey))
            .OnNextAsync(envelope);
}
