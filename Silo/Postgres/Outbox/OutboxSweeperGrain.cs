using Keel.Contracts.Messaging;
using Microsoft.Extensions.Logging;

namespace Keel.Silo.Postgres.Outbox;

/// <summary>
/// Re-publishes what a crash left in aggregates' outboxes. A durable reminder brings it back after any restart;
/// while active, a timer sweeps every few seconds so recovery does not wait for the reminder's minute.
/// </summary>
[GrainType("keel.outbox-sweeper")]
internal sealed partial class OutboxSweeperGrain(PendingOutboxes pending, ILogger<OutboxSweeperGrain> logger)
    : Grain, IOutboxSweeperGrain, IRemindable
{
    /// <summary>Commands normally publish and clear within milliseconds; only older pending outboxes are swept.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan TimerPeriod = TimeSpan.FromSeconds(5);
    private const int BatchSize = 500;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(_ => SweepAsync(), new GrainTimerCreationOptions(TimerPeriod, TimerPeriod) { KeepAlive = true });
        return Task.CompletedTask;
    }

    public async Task StartAsync()
    {
        await this.RegisterOrUpdateReminder("sweep", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        await SweepAsync();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => SweepAsync();

    public async Task<int> SweepAsync()
    {
        var grains = await pending.FindAsync(QuietPeriod, BatchSize);
        if (grains.Count == 0)
        {
            return 0;
        }
        LogSweeping(logger, grains.Count);
        // The loop body runs off this activation's scheduler: take the factory (thread-safe) along, not the grain.
        var factory = GrainFactory;
        await Parallel.ForEachAsync(grains, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (grain, _) =>
        {
            try
            {
                await factory.GetGrain<IOutboxGrain>(grain).FlushOutboxAsync();
            }
            catch (Exception ex)
            {
                LogFlushFailed(logger, ex, grain.Type.ToString()!);
            }
        });
        return grains.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Flushing {Count} pending outbox(es) left by an interrupted publish")]
    private static partial void LogSweeping(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Flushing the outbox of a {GrainType} failed; the next sweep retries")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception, string grainType);
}
