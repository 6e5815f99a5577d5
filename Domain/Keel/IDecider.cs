namespace Keel.Domain;

/// <summary>
/// Decides a command against the current state: the events to record (none for an idempotent repeat) or a rejection.
/// Pure: time, ids and random values arrive inside the command. Keel's aggregate base takes a decider as it is.
/// </summary>
public interface IDecider<in TCommand, TState, TEvent, TRejection>
    where TState : IState<TState, TEvent>
{
    static abstract Decision<TEvent, TRejection> Decide(TCommand command, TState state);
}
