using Keel.Grains.Streaming;
using Keel.Grains.Postgres.Streaming;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Streams;

namespace Keel.Streaming.Tests;

/// <summary>Implicit subscriber: records what it handles, and throws for streams the log says to refuse.</summary>
[ImplicitStreamSubscription(TestStreams.Namespace)]
internal sealed class TestSubscriberGrain(DeliveryLog log) : Grain, ITestSubscriberGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var streamId = StreamId.Create(TestStreams.Namespace, this.GetPrimaryKeyString());
        var stream = this.GetStreamProvider(TestStreams.Provider).GetStream<TestEvent>(streamId);
        await stream.SubscribeAsync((item, token) => OnNextAsync(streamId, item, token));
    }

    private Task OnNextAsync(StreamId streamId, TestEvent item, StreamSequenceToken? token)
    {
        var key = this.GetPrimaryKeyString();
        if (log.IsRefusing(key))
        {
            log.Refused(key);
            var exception = new InvalidOperationException($"subscriber refused event {item.Value} on {key}");
            return RecordAndThrowAsync(streamId, token, exception);
        }
        log.Handled(key, item);
        return Task.CompletedTask;
    }

    private async Task RecordAndThrowAsync(StreamId streamId, StreamSequenceToken? token, Exception exception)
    {
        await ServiceProvider.GetRequiredKeyedService<IDeliveryFailureReasons>(TestStreams.Provider)
            .RecordAsync(streamId, token!.SequenceNumber, StreamDeliveryFailures.Describe(exception));
        throw exception;
    }
}
