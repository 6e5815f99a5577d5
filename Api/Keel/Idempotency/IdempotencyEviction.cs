using Microsoft.Extensions.Options;

namespace Keel.Api.Idempotency;

/// <summary>Deletes expired keys every <see cref="IdempotencySettings.EvictionInterval"/>.</summary>
internal sealed class IdempotencyEviction(
    IIdempotencyStore store, IOptions<IdempotencySettings> options, TimeProvider clock, ILogger<IdempotencyEviction> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.EvictionInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var evicted = await store.EvictExpiredAsync(clock.GetUtcNow(), stoppingToken);
                logger.LogDebug("Evicted {Count} expired idempotency keys", evicted);
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or TimeoutException)
            {
                logger.LogDebug(ex, "Evicting expired idempotency keys failed; trying again next time");
            }
        }
    }
}
