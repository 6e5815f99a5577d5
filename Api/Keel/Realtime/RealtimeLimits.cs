using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Keel.Api.Realtime;

/// <summary>
/// Counts the streams each caller (and this process) has open and how fast a caller opens them: beyond a ceiling a new
/// stream is refused (429) instead of costing memory. A stream that opened releases its place when it closes.
/// </summary>
public sealed class RealtimeLimits(IOptions<RealtimeOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Caller> _callers = new(StringComparer.Ordinal);
    private int _open;

    /// <summary>A place for one more stream of <paramref name="caller"/>, or null (and how long to wait) when over a ceiling.</summary>
    public (IDisposable? Place, TimeSpan RetryAfter) TryOpen(string caller)
    {
        var limits = options.Value;
        var state = _callers.GetOrAdd(caller, _ => new Caller(limits.OpensPerSecondPerCaller * 2));
        lock (state)
        {
            var now = clock.GetTimestamp();
            state.Refill(now, clock, limits.OpensPerSecondPerCaller);
            if (state.Tokens < 1)
            {
                return (null, TimeSpan.FromSeconds(Math.Ceiling((1 - state.Tokens) / limits.OpensPerSecondPerCaller)));
            }
            if (state.Open >= limits.MaxStreamsPerCaller)
            {
                return (null, TimeSpan.FromSeconds(5));
            }
            // The process's place is taken first and given back when over: callers opening at once never pass the ceiling together.
            if (Interlocked.Increment(ref _open) > limits.MaxStreams)
            {
                Interlocked.Decrement(ref _open);
                return (null, TimeSpan.FromSeconds(5));
            }
            state.Tokens--;
            state.Open++;
        }
        return (new Place(this, caller, state), TimeSpan.Zero);
    }

    private void Release(string caller, Caller state)
    {
        Interlocked.Decrement(ref _open);
        lock (state)
        {
            if (--state.Open == 0 && state.Tokens >= options.Value.OpensPerSecondPerCaller * 2)
            {
                _callers.TryRemove(new KeyValuePair<string, Caller>(caller, state));
            }
        }
    }

    private sealed class Caller(double burst)
    {
        private long _at;

        public int Open { get; set; }

        public double Tokens { get; set; } = burst;

        public void Refill(long now, TimeProvider clock, double perSecond)
        {
            if (_at != 0)
            {
                Tokens = Math.Min(perSecond * 2, Tokens + clock.GetElapsedTime(_at, now).TotalSeconds * perSecond);
            }
            _at = now;
        }
    }

    private sealed class Place(RealtimeLimits limits, string caller, Caller state) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                limits.Release(caller, state);
            }
        }
    }
}
