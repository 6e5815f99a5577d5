using Keel.Contracts.Messaging;
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
        handleFactory.Create<EventEnvelope>().ResumeAsync(new Observer(this, handleFactory.StreamId.ToString()));

    private async Task OnEventAsync(string stream, EventEnvelope envelope)
    {
        var handled = checkpoint.State.LastVersionByStream.GetValueOrDefault(stream);
        if (envelope.Version <= handled)
        {
            LogSkipped(logger, envelope.EventId, handled);
            return;
        }
        await HandleAsync(envelope);
        checkpoint.State.LastVersionByStream[stream] = envelope.Version;
        await checkpoint.WriteStateAsync();
        if (DeactivateAfterHandling)
        {
            DeactivateOnIdle();
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Skipped event {EventId}: version {Handled} was handled already")]
    private static partial void LogSkipped(ILogger logger, string eventId, long handled);

    private sealed class Observer(SubscriptionGrain owner, string stream) : IAsyncObserver<EventEnvelope>
    {
        public Task OnNextAsync(EventEnvelope item, StreamSequenceToken? token = null) => owner.OnEventAsync(stream, item);

        public Task OnCompletedAsync() => Task.CompletedTask;

        public Task OnErrorAsync(Exception ex) => Task.CompletedTask;
    }
}
