using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace Keel.Silo.Postgres.Streaming;

/// <summary>
/// Called by a partition's pulling agent when a subscriber kept failing for MaxEventDeliveryTime. Marks the lease
/// failed (so the receiver never acknowledges it) and records the failure in the database: the message comes back
/// after the visibility timeout, or moves to the dead letters when this was its last allowed attempt.
/// </summary>
internal sealed class PostgresStreamFailureHandler(
    string provider,
    PostgresStreamOptions options,
    PartitionState partition,
    StreamQueries queries,
    ILogger<PostgresStreamFailureHandler> logger) : IStreamFailureHandler
{
    // Implicit subscriptions cannot be faulted anyway; the next events of the stream keep flowing.
    public bool ShouldFaultSubsriptionOnError => false;

    public async Task OnDeliveryFailure(GuidId subscriptionId, string streamProviderName, StreamId streamIdentity, StreamSequenceToken? sequenceToken)
    {
        var receipt = sequenceToken is null ? null : partition.MarkFailed(sequenceToken);
        if (receipt is null)
        {
            logger.UnknownFailure(provider, streamIdentity.ToString());
            return;
        }
        var reason = StreamDeliveryFailures.Find(streamIdentity, sequenceToken)
            ?? $"delivery to a subscriber failed {receipt.Attempts} times";
        try
        {
            if (await queries.FailAsync(receipt, options.MaxAttempts, options.VisibilityTimeout, reason, CancellationToken.None))
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

    public Task OnSubscriptionFailure(GuidId subscriptionId, string streamProviderName, StreamId streamIdentity, StreamSequenceToken? sequenceToken)
    {
        logger.SubscriptionFailed(provider, streamIdentity.ToString());
        return Task.CompletedTask;
    }
}
