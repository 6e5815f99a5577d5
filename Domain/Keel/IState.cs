namespace Keel.Domain;

/// <summary>
/// An aggregate's state: where it starts, and how each event moves it on. <see cref="Evolve"/> is total: it never
/// throws, and an event that does not apply in a state leaves the state as it is.
/// </summary>
public interface IState<TState, in TEvent>
{
    static abstract TState Initial { get; }

    static abstract TState Evolve(TState state, TEvent happened);
}
