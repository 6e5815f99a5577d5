using Orleans.Streams;

namespace Keel.Grains.Messaging;

/// <summary>Hears about subscription handlers that threw, before the bridge retries (a durable bridge keeps the reason for its dead letters).</summary>
public interface IDeliveryFailureObserver
{
    void OnDeliveryFailed(StreamId stream, StreamSequenceToken? token, Exception exception);
}
