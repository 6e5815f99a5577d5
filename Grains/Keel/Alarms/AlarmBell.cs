namespace Keel.Grains.Alarms;

/// <summary>
/// Wakes this silo's alarm clock when an append here armed an alarm due before the clock meant to look again. Clocks
/// of other processes find it when they next look (at most <see cref="AlarmClock.LookAtLeastEvery"/> later).
/// </summary>
public sealed class AlarmBell
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _rung = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset _nextLook = DateTimeOffset.MinValue;

    /// <summary>An alarm due at <paramref name="due"/> was armed.</summary>
    public void Ring(DateTimeOffset due)
    {
        lock (_gate)
        {
            if (due < _nextLook)
            {
                _rung.TrySetResult();
            }
        }
    }

    /// <summary>The clock is about to look: an alarm armed from now on rings, so the wait after this look ends at once.</summary>
    internal void Looking()
    {
        lock (_gate)
        {
            if (_rung.Task.IsCompleted)
            {
                _rung = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            _nextLook = DateTimeOffset.MaxValue;
        }
    }

    /// <summary>The clock will look again at <paramref name="nextLook"/>: completes when an alarm due earlier is armed (or was, since <see cref="Looking"/>).</summary>
    internal Task WaitUntilEarlierThan(DateTimeOffset nextLook)
    {
        lock (_gate)
        {
            _nextLook = nextLook;
            return _rung.Task;
        }
    }
}
