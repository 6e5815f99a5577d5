using Keel.Grains.Messaging;
using Orleans.Streams;

namespace Keel.Silo.Streaming;

/// <summary>Keeps the reason a subscription handler threw, so a dead letter can say why it died.</summary>
internal sealed class DeliveryFailureRecorder : IDeliveryFailureObserver
{
    public void OnDeliveryFailed(StreamId stream, StreamSequenceToken? token, Exception exception) =>
        StreamDeliveryFailures.Record(stream, token, exception);
}
