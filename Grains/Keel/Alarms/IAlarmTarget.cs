namespace Keel.Grains.Alarms;

/// <summary>What the alarm clock calls when an aggregate's alarm is due. Every aggregate grain answers it.</summary>
[Alias("keel.IAlarmTarget")]
public interface IAlarmTarget : IGrain
{
    /// <summary>
    /// The alarm armed at <paramref name="armedAt"/> (the stream version whose event set it) is due: the aggregate
    /// sends itself the alarm's command if its state still asks for that alarm, and disarms it.
    /// </summary>
    [Alias("wake")]
    Task WakeAsync(long armedAt);
}
