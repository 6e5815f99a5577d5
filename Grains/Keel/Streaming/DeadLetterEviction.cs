using Microsoft.Extensions.Logging;

namespace Keel.Grains.Streaming;

/// <summary>Deletes dead letters older than the retention, every eviction interval (each silo does; it is idempotent).</summary>
internal sealed class DeadLetterEviction(IStreamStore store, IDeliveryFailureReasons reasons, EventStreamOptions options, string provider, TimeProvider time, ILogger logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.EvictionInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await EvictOnceAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task EvictOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var evicted = await store.EvictDeadLettersAsync(options.DeadLetterRetention, cancellationToken);
            await reasons.EvictAsync(options.DeadLetterRetention);
            if (evicted > 0)
            {
                logger.Evicted(provider, evicted, options.DeadLetterRetention);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.EvictionFailed(exception, provider);
        }
    }
}
