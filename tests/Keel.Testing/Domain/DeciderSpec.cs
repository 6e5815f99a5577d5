using Keel.Domain;

namespace Keel.Testing;

/// <summary>Given past events, when a command is decided, then these events or this rejection follow.</summary>
public class DeciderSpec<TState, TCommand, TEvent, TRejection>(
    TState initial,
    Func<TState, TEvent, TState> evolve,
    Func<TCommand, TState, Decision<TEvent, TRejection>> decide)
{
    private TEvent[] _given = [];
    private Decision<TEvent, TRejection>? _decision;

    public DeciderSpec<TState, TCommand, TEvent, TRejection> Given(params TEvent[] events)
    {
        _given = events;
        return this;
    }

    public DeciderSpec<TState, TCommand, TEvent, TRejection> When(TCommand command)
    {
        _decision = decide(command, _given.Aggregate(initial, evolve));
        return this;
    }

    public void Then(params TEvent[] expected)
    {
        var accepted = Assert.IsType<Decision<TEvent, TRejection>.Accepted>(_decision);
        Assert.Equal(expected, accepted.Events);
    }

    public void ThenRejected(TRejection expected)
    {
        var rejected = Assert.IsType<Decision<TEvent, TRejection>.Rejected>(_decision);
        Assert.Equal(expected, rejected.Reason);
    }
}

/// <summary>
/// The spec of a Domain decider, from its type alone: the state's <c>Initial</c> and <c>Evolve</c> and the decider's
/// <c>Decide</c> are the ones the aggregate runs. <c>DeciderSpec&lt;UserDecider, UserCommand, User, UserEvent, UserRejection&gt; Spec() =&gt; new();</c>
/// </summary>
public sealed class DeciderSpec<TDecider, TCommand, TState, TEvent, TRejection>()
    : DeciderSpec<TState, TCommand, TEvent, TRejection>(TState.Initial, TState.Evolve, TDecider.Decide)
    where TDecider : IDecider<TCommand, TState, TEvent, TRejection>
    where TState : IState<TState, TEvent>;
