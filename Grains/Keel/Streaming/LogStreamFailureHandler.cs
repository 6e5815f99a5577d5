using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using Orleans.Streams;

namespace Keel.Grains.Streaming;

/// <summary>
/// Called by a partition's pulling agent when a subscriber kept failing for MaxEventDeliveryTime. A log event moves to
/// the partition's retry queue (first attempt spent, back after the visibility timeout) and stops holding the
/// checkpoint back. A queued message's lease is marked failed (so the receiver never acknowledges it) and the failure
/// recorded: it comes back after the visibility timeout, or moves to the dead letters after its last allowed attempt.
/// </summary>
internal sealed class LogStreamFailureHandler(
    string provider,
    EventStreamOptions options,
    PartitionState partition,
    IStreamStore store,
    IDeliveryFailureReasons reasons,
    Serializer<StreamPayload> serializer,
    ILogger<LogStreamFailureHandler> logger) : IStreamFailureHandler
{
    // Implicit subscriptions cannot be faulted anyway; the next events of the stream keep flowing.
    public bool ShouldFaultSubsriptionOnError => false;

    public async Task OnDeliveryFailure(GuidId subscriptionId, string streamProviderName, StreamId streamIdentity, StreamSequenceToken? sequenceToken)
    {
        if (sequenceToken is not null && partition.FindLog(sequenceToken) is { } logged)
        {
            await RetryLaterAsync(logged.Record, sequenceToken);
            return;
        }
        var receipt = sequenceToken is null ? null : partition.MarkFailed(sequenceToken);
        if (receipt is null)
        {
            logger.UnknownFailure(provider, streamIdentity.ToString());
            return;
        }
        var reason = await TakeReasonAsync(streamIdentity, sequenceToken!) ?? $"delivery to a subscriber failed {receipt.Attempts} times";
        try
        {
            if (await store.FailAsync(receipt, options.MaxAttempts, options.VisibilityTimeout, reason, CancellationToken.None))
            {
                logger.DeadLettered(provider, streamIdentity.ToString(), receipt.Id, receipt.Attempts, reason);
            }
            else
            {
                logger.DeliveryFailed(provider, streamIdentity.ToString(), receipt.Id, receipt.Attempts, options.MaxAttempts);
            }
        }
        catch (Exception exception)
        {
            // The lease still expires, so the message comes back; only the reason is lost.
            logger.RecordFailureFailed(exception, provider, receipt.Id);
        }
    }

    private async Task RetryLaterAsync(LogRecord record, StreamSequenceToken token)
    {
        var reason = await TakeReasonAsync(record.Stream, token) ?? "delivery to a subscriber failed";
        var payload = serializer.SerializeToArray(new StreamPayload(record.Stream, [record.Event], null));
        try
        {
            await store.EnqueueAsync(partition.Number, record.Stream, payload, attempts: 1, options.VisibilityTimeout, reason, CancellationToken.None);
            partition.CompleteLog(token);
            logger.LogDeliveryFailed(provider, record.Stream.ToString(), record.Position.Position);
        }
        catch (Exception exception)
        {
            // It stays in flight, so the checkpoint does not pass it: the next owner of the partition delivers it again.
            logger.RecordFailureFailed(exception, provider, record.Position.Position);
        }
    }

    private async Task<string?> TakeReasonAsync(StreamId stream, StreamSequenceToken token)
    {
        try
        {
            return await reasons.TakeAsync(stream, token.SequenceNumber);
        }
        catch (Exception exception)
        {
            logger.RecordFailureFailed(exception, provider, token.SequenceNumber);
            return null;
        }
    }

    public Task OnSubscriptionFailure(GuidId subscriptionId, string streamProviderName, StreamId streamIdentity, StreamSequenceToken? sequenceToken)
    {
        logger.SubscriptionFailed(provider, streamIdentity.ToString());
        return Task.CompletedTask;
    }
}
