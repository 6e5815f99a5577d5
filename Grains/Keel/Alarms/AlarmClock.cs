using System.Diagnostics;
using System.Globalization;
using Keel.Grains.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Keel.Grains.Alarms;

/// <summary>
/// Fires the alarms aggregates armed, on every silo: takes the due ones from the store under a lease, wakes each
/// aggregate (which sends itself the alarm's command and disarms it), then sleeps until the next is due — woken early
/// by the <see cref="AlarmBell"/> when an append here arms an earlier one, and looking at least every
/// <see cref="LookAtLeastEvery"/> for those armed in other processes. A wake that fails leaves the alarm leased until
/// <see cref="Lease"/> ran out; then any clock fires it again. The aggregate fires an alarm once: a second wake for it
/// finds it disarmed.
/// </summary>
internal sealed partial class AlarmClock(
    IAlarmStore store, AlarmBell bell, IGrainFactory grains, [FromKeyedServices(KeelNames.AlarmTime)] TimeProvider clock, ILogger<AlarmClock> logger)
    : ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    public static readonly TimeSpan LookAtLeastEvery = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(10);
    private const int MaxAtOnce = 256;

    private readonly CancellationTokenSource _stopping = new();
    private Task _running = Task.CompletedTask;

    public void Participate(ISiloLifecycle lifecycle) => lifecycle.Subscribe(nameof(AlarmClock), ServiceLifecycleStage.Active,
        _ =>
        {
            _running = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
            return Task.CompletedTask;
        },
        async _ =>
        {
            await _stopping.CancelAsync();
            await _running.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        });

    private async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                bell.Looking();
                var now = clock.GetUtcNow();
                var due = await store.TakeDueAsync(now, now + Lease, MaxAtOnce);
                if (due.Count > 0)
                {
                    await Task.WhenAll(due.Select(FireAsync));
                    if (due.Count == MaxAtOnce)
                    {
                        continue;
                    }
                }
                var nextLook = clock.GetUtcNow() + LookAtLeastEvery;
                if (await store.NextDueAsync() is { } next && next < nextLook)
                {
                    nextLook = next;
                }
                var wait = nextLook - clock.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.WhenAny(Task.Delay(wait, clock, stopping), bell.WaitUntilEarlierThan(nextLook));
                }
            }
            catch (Exception exception) when (!stopping.IsCancellationRequested)
            {
                LogLookFailed(logger, exception);
                await Task.WhenAny(Task.Delay(LookAtLeastEvery, clock, stopping));
            }
        }
    }

    public void Dispose() => _stopping.Dispose();

    private async Task FireAsync(DueAlarm alarm)
    {
        var grain = GrainId.Parse(alarm.Stream, CultureInfo.InvariantCulture);
        var service = KeelDiagnostics.ServiceOf(grain);
        KeelDiagnostics.AlarmLateness.Record((clock.GetUtcNow() - alarm.Due).TotalMilliseconds, new TagList { { "service", service } });
        try
        {
            await grains.GetGrain<IAlarmTarget>(grain).WakeAsync(alarm.ArmedAt);
            KeelDiagnostics.AlarmsFired.Add(1, new TagList { { "service", service }, { "outcome", "fired" } });
        }
        catch (Exception exception)
        {
            KeelDiagnostics.AlarmsFired.Add(1, new TagList { { "service", service }, { "outcome", "failed" } });
            LogWakeFailed(logger, exception, KeelDiagnostics.Redact(grain), Lease);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for due alarms failed; looking again shortly")]
    private static partial void LogLookFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waking {Grain} for its alarm failed; it fires again when its lease of {Lease} ran out")]
    private static partial void LogWakeFailed(ILogger logger, Exception exception, string grain, TimeSpan lease);
}
