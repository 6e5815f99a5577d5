using System.Diagnostics;
using Keel.Grains.Interfaces.Wire;
using Keel.Grains.Diagnostics;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace Keel.Grains.Messaging;

/// <summary>
/// An implicit stream subscription: one activation per delivery bucket (<see cref="DeliveryStreams"/>), kept while
/// events flow. Delivery is at least once; the effect happens once because the aggregate the
/// handler calls records the event's id with the events it produces (<see cref="Causation"/>) and ignores a
/// redelivery. So a delivered event costs no write of its own here.
/// </summary>
internal abstract class SubscriptionGrain : Grain, ISubscriptionGrain, IStreamSubscriptionObserver
{
    /// <summary>Applies one event's effect by calling aggregates. Throwing makes the stream deliver it again.</summary>
    protected abstract Task HandleAsync(EventEnvelope envelope);

    public Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        handleFactory.Create<EventEnvelope>().ResumeAsync(new Observer(this, handleFactory.StreamId));

    private async Task OnEventAsync(StreamId streamId, EventEnvelope envelope, StreamSequenceToken? token)
    {
        var shape = DomainWire.ShapeOf(envelope.Event.GetType()).Name;
        using var activity = StartActivity(envelope, shape);
        var tags = new TagList { { "subscription", GetType().Name }, { "event", shape } };
        try
        {
            Causation.Set(streamId, envelope.EventId);
            Actor.Set(envelope.Actor);
            await HandleAsync(envelope);
        }
        catch (Exception ex)
        {
            tags.Add("outcome", "failed");
            KeelDiagnostics.SubscriptionDeliveries.Add(1, tags);
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            // The stream retries a failed delivery; the reason goes with it to the retry and the dead letter.
            if (ServiceProvider.GetService<IDeliveryFailureObserver>() is { } observer)
            {
                await RecordFailureAsync(observer, streamId, token, ex);
            }
            throw;
        }
        tags.Add("outcome", "handled");
        KeelDiagnostics.SubscriptionDeliveries.Add(1, tags);
    }

    /// <summary>The command's trace continues here: the envelope carries its W3C trace context across the log. Nothing is built when nobody listens.</summary>
    private Activity? StartActivity(EventEnvelope envelope, string shape)
    {
        if (!KeelDiagnostics.Source.HasListeners())
        {
            return null;
        }
        ActivityContext.TryParse(envelope.TraceParent, null, isRemote: true, out var parent);
        var activity = KeelDiagnostics.Source.StartActivity($"{GetType().Name} {shape}", ActivityKind.Consumer, parent);
        activity?.SetTag("keel.event.id", envelope.EventId);
        return activity;
    }

    private static async Task RecordFailureAsync(IDeliveryFailureObserver observer, StreamId stream, StreamSequenceToken? token, Exception failure)
    {
        try
        {
            await observer.OnDeliveryFailedAsync(stream, token, failure);
        }
        catch (Exception)
        {
            // Only the reason is lost: the delivery is retried and dead-lettered all the same.
        }
    }

    private sealed class Observer(SubscriptionGrain owner, StreamId stream) : IAsyncObserver<EventEnvelope>
    {
        public Task OnNextAsync(EventEnvelope item, StreamSequenceToken? token = null) => owner.OnEventAsync(stream, item, token);

        public Task OnCompletedAsync() => Task.CompletedTask;

        public Task OnErrorAsync(Exception ex) => Task.CompletedTask;
    }
}

/// <summary>The grain interface every subscription shares: streams call it (keyed by the delivery bucket), nobody else does.</summary>
[Alias("keel.subscription")]
internal interface ISubscriptionGrain : IGrainWithStringKey;
