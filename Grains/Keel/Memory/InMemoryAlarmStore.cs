using Keel.Grains.Alarms;

namespace Keel.Grains.Memory;

/// <summary>Armed alarms in this process's memory, ordered by due time; the in-memory event log arms and disarms them.</summary>
internal sealed class InMemoryAlarmStore : IAlarmStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Armed> _byStream = new(StringComparer.Ordinal);
    private readonly SortedSet<(DateTimeOffset Due, string Stream)> _byDue = [];

    /// <summary>Applies an append's change (called by the log, inside its commit).</summary>
    public void Apply(string stream, AlarmChange change)
    {
        lock (_gate)
        {
            if (_byStream.Remove(stream, out var previous))
            {
                _byDue.Remove((previous.Due, stream));
            }
            if (change.Due is { } due)
            {
                _byStream[stream] = new Armed(change.ArmedAt, due, null);
                _byDue.Add((due, stream));
            }
        }
    }

    public Task<IReadOnlyList<DueAlarm>> TakeDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int max)
    {
        var taken = new List<DueAlarm>();
        lock (_gate)
        {
            foreach (var (due, stream) in _byDue)
            {
                if (due > now || taken.Count == max)
                {
                    break;
                }
                var armed = _byStream[stream];
                if (armed.LeasedUntil is { } lease && lease > now)
                {
                    continue;
                }
                _byStream[stream] = armed with { LeasedUntil = leaseUntil };
                taken.Add(new DueAlarm(stream, armed.ArmedAt, due));
            }
        }
        return Task.FromResult<IReadOnlyList<DueAlarm>>(taken);
    }

    public Task<DateTimeOffset?> NextDueAsync()
    {
        lock (_gate)
        {
            foreach (var (due, stream) in _byDue)
            {
                if (_byStream[stream].LeasedUntil is null)
                {
                    return Task.FromResult<DateTimeOffset?>(due);
                }
            }
            return Task.FromResult<DateTimeOffset?>(null);
        }
    }

    public Task DisarmAsync(string stream, long armedAt)
    {
        lock (_gate)
        {
            if (_byStream.TryGetValue(stream, out var armed) && armed.ArmedAt == armedAt)
            {
                _byStream.Remove(stream);
                _byDue.Remove((armed.Due, stream));
            }
        }
        return Task.CompletedTask;
    }

    public Task<DueAlarm?> FindAsync(string stream)
    {
        lock (_gate)
        {
            return Task.FromResult(_byStream.TryGetValue(stream, out var armed) ? new DueAlarm(stream, armed.ArmedAt, armed.Due) : null);
        }
    }

    public Task<long> CountAsync()
    {
        lock (_gate)
        {
            return Task.FromResult((long)_byStream.Count);
        }
    }

    private sealed record Armed(long ArmedAt, DateTimeOffset Due, DateTimeOffset? LeasedUntil);
}
