using Orleans.Streams;

namespace Keel.Grains.Messaging;

/// <summary>Hears about subscription handlers that threw, before the stream retries (the reason travels to the retry and the dead letter).</summary>
public interface IDeliveryFailureObserver
{
    Task OnDeliveryFailedAsync(StreamId stream, StreamSequenceToken? token, Exception exception);
}
