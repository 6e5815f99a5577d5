namespace Keel.Grains.Alarms;

/// <summary>
/// Where armed alarms wait, one per stream at most. They are armed and disarmed by the event log's appends, in the
/// same commit as the events that changed them (<see cref="EventLog.EventAppend.Alarm"/>); the store hands due ones out
/// under a lease, so a clock that dies while firing one leaves it to be fired again once the lease ran out.
/// </summary>
public interface IAlarmStore
{
    /// <summary>Up to <paramref name="max"/> alarms due at <paramref name="now"/> and not leased, each leased until <paramref name="leaseUntil"/>.</summary>
    Task<IReadOnlyList<DueAlarm>> TakeDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int max);

    /// <summary>When the earliest alarm nobody holds is due; null when none waits.</summary>
    Task<DateTimeOffset?> NextDueAsync();

    /// <summary>Removes the stream's alarm if it is still the one armed at <paramref name="armedAt"/>.</summary>
    Task DisarmAsync(string stream, long armedAt);

    /// <summary>The alarm <paramref name="stream"/> has armed, or null.</summary>
    Task<DueAlarm?> FindAsync(string stream);

    /// <summary>How many alarms wait (an operator's figure; also the benchmarks').</summary>
    Task<long> CountAsync();
}

/// <summary>An alarm of <paramref name="Stream"/> (an aggregate's grain id), armed at <paramref name="ArmedAt"/>, due at <paramref name="Due"/>.</summary>
public sealed record DueAlarm(string Stream, long ArmedAt, DateTimeOffset Due);

/// <summary>
/// An append's change to its stream's alarm: armed by the event at version <paramref name="ArmedAt"/>, due at
/// <paramref name="Due"/>; a null <paramref name="Due"/> disarms it.
/// </summary>
public sealed record AlarmChange(long ArmedAt, DateTimeOffset? Due);
