using System.Diagnostics;
using Keel.Contracts.Messaging;
using Keel.Grains.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace Keel.Grains.Messaging;

/// <summary>
/// An implicit stream subscription that handles each event once: it remembers the last version handled per stream
/// and skips anything at or below it, so at-least-once delivery gives exactly-once effects.
/// </summary>
internal abstract partial class SubscriptionGrain(IPersistentState<SubscriptionCheckpoint> checkpoint, ILogger logger)
    : Grain, IStreamSubscriptionObserver
{
    /// <summary>Whether to release the activation after each handled event (streams keyed per aggregate see few events).</summary>
    protected virtual bool DeactivateAfterHandling => true;

    /// <summary>Applies one event's effect. Throwing makes the stream deliver it again.</summary>
    protected abstract Task HandleAsync(EventEnvelope envelope);

    public Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        handleFactory.Create<EventEnvelope>().ResumeAsync(new Observer(this, handleFactory.StreamId));

    private async Task OnEventAsync(StreamId streamId, EventEnvelope envelope, StreamSequenceToken? token)
    {
        var stream = streamId.ToString();
        // The command's trace continues here: the envelope carries its W3C trace context across the bridge.
        ActivityContext.TryParse(envelope.TraceParent, null, isRemote: true, out var parent);
        using var activity = KeelDiagnostics.Source.StartActivity(
            $"{GetType().Name} {envelope.Event.GetType().Name}", ActivityKind.Consumer, parent);
        activity?.SetTag("keel.event.id", envelope.EventId);
        var tags = new TagList { { "subscription", GetType().Name }, { "event", envelope.Event.GetType().Name } };

        // The bridge retries a failed delivery; it keeps the reason for its dead letters.
        void RecordFailure(string outcome, Exception exception)
        {
            tags.Add("outcome", outcome);
            KeelDiagnostics.SubscriptionDeliveries.Add(1, tags);
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            ServiceProvider.GetService<IDeliveryFailureObserver>()?.OnDeliveryFailed(streamId, token, exception);
        }

        var handled = checkpoint.State.LastVersionByStream.GetValueOrDefault(stream);
        if (envelope.Version <= handled)
        {
            LogSkipped(logger, envelope.EventId, handled);
            tags.Add("outcome", "skipped");
            KeelDiagnostics.SubscriptionDeliveries.Add(1, tags);
            return;
        }
        if (envelope.Version > handled + 1)
        {
            // An earlier event of this stream has not been handled (it failed and waits for a retry or a redrive).
            // Handling this one first would move the checkpoint past it and make its effect be skipped for good.
            var gap = new InvalidOperationException($"Event {envelope.EventId} arrived before version {handled + 1} of its stream was handled.");
            RecordFailure("deferred", gap);
            throw gap;
        }
        try
        {
            await HandleAsync(envelope);
            checkpoint.State.LastVersionByStream[stream] = envelope.Version;
            await checkpoint.WriteStateAsync();
        }
        catch (Exception ex)
        {
            RecordFailure("failed", ex);
            throw;
        }
        tags.Add("outcome", "handled");
        KeelDiagnostics.SubscriptionDeliveries.Add(1, tags);
        if (DeactivateAfterHandling)
        {
            DeactivateOnIdle();
        }
    }


    [LoggerMessage(Level = LogLevel.Debug, Message = "Skipped event {EventId}: version {Handled} was handled already")]
    private static partial void LogSkipped(ILogger logger, string eventId, long handled);

    private sealed class Observer(SubscriptionGrain owner, StreamId stream) : IAsyncObserver<EventEnvelope>
    {
        public Task OnNextAsync(EventEnvelope item, StreamSequenceToken? token = null) => owner.OnEventAsync(stream, item, token);

        public Task OnCompletedAsync() => Task.CompletedTask;

        public Task OnErrorAsync(Exception ex) => Task.CompletedTask;
    }
}
