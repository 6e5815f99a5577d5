using Orleans.Streams;

namespace Keel.Grains.Streaming;

/// <summary>Keeps the reason a subscription handler of <paramref name="provider"/> threw, so its retry and dead letter say why.</summary>
internal sealed class DeliveryFailureRecorder(IServiceProvider services, string provider) : IDeliveryFailureObserver
{
    public Task OnDeliveryFailedAsync(StreamId stream, StreamSequenceToken? token, Exception exception) =>
        token is null
            ? Task.CompletedTask
            : services.GetRequiredKeyedService<IDeliveryFailureReasons>(provider)
                .RecordAsync(stream, token.SequenceNumber, StreamDeliveryFailures.Describe(exception));
}
