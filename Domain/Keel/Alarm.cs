namespace Keel.Domain;

/// <summary>
/// A command an aggregate asks to be sent to itself later: <paramref name="Command"/>, once <paramref name="After"/>
/// has passed since the state began asking for it. Equal alarms are one alarm: a state that goes on asking for the
/// same one keeps its first due time.
/// </summary>
public sealed record Alarm<TCommand>(TimeSpan After, TCommand Command);

/// <summary>
/// A state that may ask for a future command, as a function of the events so far (so the decider asks for it by the
/// events it emits). Keel keeps the alarm durably with the events that set it: due at their time plus
/// <see cref="Alarm{TCommand}.After"/>, dropped by the events that make the state ask for another alarm or none, sent
/// once when due — after a crash and restart too, late but once.
/// </summary>
public interface IAlarmed<TCommand>
{
    Alarm<TCommand>? Alarm { get; }
}
