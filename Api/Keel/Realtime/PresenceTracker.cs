using Keel.Grains.Presence;
using Microsoft.Extensions.Options;

namespace Keel.Api.Realtime;

/// <summary>
/// This process's realtime connections per caller, told to each caller's <see cref="IPresenceGrain"/> when the first
/// opens and the last closes (in that order, per caller), and again every heartbeat while any is open — so a caller
/// whose process died goes offline when its heartbeats stop.
/// </summary>
internal sealed partial class PresenceTracker(IGrainFactory grains, IOptions<PresenceOptions> options, TimeProvider time, ILogger<PresenceTracker> logger)
    : BackgroundService
{
    private readonly string _process = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Connections> _callers = new(StringComparer.Ordinal);

    /// <summary>A connection of <paramref name="caller"/> opened; disposing the result closes it.</summary>
    public IDisposable Open(string caller)
    {
        lock (_gate)
        {
            var connections = _callers.TryGetValue(caller, out var known) ? known : _callers[caller] = new Connections();
            if (++connections.Open == 1)
            {
                connections.Tell(() => grains.GetGrain<IPresenceGrain>(caller).ConnectedAsync(_process), this);
            }
        }
        return new Connection(this, caller);
    }

    private void Close(string caller)
    {
        lock (_gate)
        {
            if (_callers.TryGetValue(caller, out var connections) && --connections.Open == 0)
            {
                connections.Tell(() => grains.GetGrain<IPresenceGrain>(caller).DisconnectedAsync(_process), this);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Heartbeat, time);
        while (await NextTickAsync(timer, stoppingToken))
        {
            lock (_gate)
            {
                // Through each caller's chain, so a heartbeat never overtakes a close; callers gone from here are forgotten.
                foreach (var (caller, connections) in _callers.ToArray())
                {
                    if (connections.Open > 0)
                    {
                        connections.Tell(() => grains.GetGrain<IPresenceGrain>(caller).ConnectedAsync(_process), this);
                    }
                    else if (connections.Idle)
                    {
                        _callers.Remove(caller);
                    }
                }
            }
        }
    }

    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken stopping)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stopping);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task TryAsync(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception exception)
        {
            LogPresenceFailed(logger, exception);
        }
    }

    /// <summary>One caller's connections here, and the last presence call made for them (the next waits for it).</summary>
    private sealed class Connections
    {
        private Task _last = Task.CompletedTask;

        public int Open { get; set; }

        public bool Idle => _last.IsCompleted;

        public void Tell(Func<Task> call, PresenceTracker tracker) =>
            _last = _last.ContinueWith(_ => tracker.TryAsync(call), TaskScheduler.Default).Unwrap();
    }

    private sealed class Connection(PresenceTracker tracker, string caller) : IDisposable
    {
        private int _closed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _closed, 1) == 0)
            {
                tracker.Close(caller);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A presence change could not be told to the cluster; the next heartbeat tells it again")]
    private static partial void LogPresenceFailed(ILogger logger, Exception exception);
}
