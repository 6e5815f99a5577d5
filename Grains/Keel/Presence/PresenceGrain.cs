using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Keel.Grains.Presence;

/// <summary>
/// A caller's presence, in memory: the processes that hold a connection of theirs, each until it says otherwise or is
/// not heard of for <see cref="PresenceOptions.Expiry"/>. Online at the first connection; offline once none has been
/// left for <see cref="PresenceOptions.Grace"/>. Every service is told of each change, again until it took it. The
/// activation lives while it has something to watch; lost with its silo, it is rebuilt by the processes' next
/// heartbeat.
/// </summary>
[GrainType("keel.presence")]
internal sealed partial class PresenceGrain(IOptions<PresenceOptions> options, TimeProvider time, ILogger<PresenceGrain> logger) : Grain, IPresenceGrain
{
    private readonly Dictionary<string, DateTimeOffset> _processes = new(StringComparer.Ordinal);
    private bool? _told;
    private DateTimeOffset? _emptySince;
    private IGrainTimer? _watching;

    private PresenceOptions Settings => options.Value;

    public async Task ConnectedAsync(string process)
    {
        _processes[process] = time.GetUtcNow() + Settings.Expiry;
        _emptySince = null;
        Watch();
        await TellAsync(online: true);
    }

    public Task DisconnectedAsync(string process)
    {
        // A process this activation never heard of counts too: an activation rebuilt after its silo was lost still
        // makes the caller offline once their last connection closes.
        _processes.Remove(process);
        if (_processes.Count == 0)
        {
            _emptySince ??= time.GetUtcNow();
        }
        Watch();
        return Task.CompletedTask;
    }

    public Task<bool> IsOnlineAsync() => Task.FromResult(_processes.Count > 0 || _emptySince is not null);

    private void Watch()
    {
        if (_watching is null)
        {
            var period = TimeSpan.FromTicks(Math.Clamp(Math.Min(Settings.Grace.Ticks, Settings.Expiry.Ticks) / 4,
                TimeSpan.FromMilliseconds(100).Ticks, TimeSpan.FromSeconds(5).Ticks));
            _watching = this.RegisterGrainTimer(CheckAsync, new GrainTimerCreationOptions(period, period) { KeepAlive = true, Interleave = false });
        }
    }

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var (process, _) in _processes.Where(p => p.Value <= now).ToArray())
        {
            _processes.Remove(process);
            _emptySince ??= _processes.Count == 0 ? now : null;
        }
        if (_processes.Count > 0)
        {
            if (_told != true)
            {
                await TellAsync(online: true);
            }
            return;
        }
        if (_emptySince is { } since && now - since >= Settings.Grace)
        {
            await TellAsync(online: false);
            if (_told == false)
            {
                _emptySince = null;
                _watching?.Dispose();
                _watching = null;
                DeactivateOnIdle();
            }
        }
    }

    /// <summary>Tells every service; a failure leaves the change to be told again at the next check.</summary>
    private async Task TellAsync(bool online)
    {
        if (_told == online)
        {
            return;
        }
        var caller = this.GetPrimaryKeyString();
        try
        {
            foreach (var module in KeelModule.All)
            {
                await module.PresenceChangedAsync(GrainFactory, caller, online);
            }
            _told = online;
        }
        catch (Exception exception)
        {
            _told = null;
            LogTellingFailed(logger, exception, online ? "online" : "offline");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A caller's presence change ({Presence}) could not be told to every service; it is told again shortly")]
    private static partial void LogTellingFailed(ILogger logger, Exception exception, string presence);
}
