namespace Keel.Bench.Alarms;

/// <summary>The baseline for lateness: an Orleans grain timer (in memory, lost with the process) due as a turn would be.</summary>
[Alias("Keel.Bench.Alarms.ITimerGrain")]
public interface ITimerGrain : IGrainWithIntegerKey
{
    /// <summary>Fires a timer <paramref name="after"/> from now; returns how late it fired, in ms.</summary>
    [Alias("fire")]
    Task<double> FireAsync(TimeSpan after);
}

public sealed class TimerGrain : Grain, ITimerGrain
{
    public async Task<double> FireAsync(TimeSpan after)
    {
        var fired = new TaskCompletionSource<double>(TaskCreationOptions.RunContinuationsAsynchronously);
        var due = DateTimeOffset.UtcNow + after;
        using var timer = this.RegisterGrainTimer(() =>
        {
            fired.TrySetResult((DateTimeOffset.UtcNow - due).TotalMilliseconds);
            return Task.CompletedTask;
        }, new GrainTimerCreationOptions(after, Timeout.InfiniteTimeSpan) { Interleave = true });
        return await fired.Task;
    }
}

/// <summary>A grain reminders are registered for (they never come due within the benchmark).</summary>
[Alias("Keel.Bench.Alarms.IReminderGrain")]
public interface IReminderGrain : IGrainWithIntegerKey
{
}

[GrainType("bench.reminder")]
public sealed class ReminderGrain : Grain, IReminderGrain, IRemindable
{
    public Task ReceiveReminder(string reminderName, Orleans.Runtime.TickStatus status) => Task.CompletedTask;
}
