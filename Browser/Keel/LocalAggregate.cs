using Keel.Domain;

namespace Keel.Browser;

/// <summary>
/// Keel's decide → evolve loop in the browser, for a game played without the server: one aggregate held in the page's
/// memory, its commands decided by the very decider the silos run, its events kept in order and folded into its state.
/// An alarm the state asks for (<see cref="IAlarmed{TCommand}"/>) is sent to it when due, unless the state has moved on
/// to another alarm or none by then — the silos' rule, with the page's clock.
/// </summary>
public sealed class LocalAggregate<TDecider, TCommand, TState, TEvent, TRejection> : IDisposable
    where TDecider : IDecider<TCommand, TState, TEvent, TRejection>
    where TState : IState<TState, TEvent>
{
    private readonly TimeProvider _clock;
    private readonly List<TEvent> _events = [];
    private ITimer? _alarm;
    private Alarm<TCommand>? _pending;

    public LocalAggregate(TimeProvider clock) => _clock = clock;

    public TState State { get; private set; } = TState.Initial;

    /// <summary>Every event so far, oldest first.</summary>
    public IReadOnlyList<TEvent> Events => _events;

    /// <summary>After each accepted command (a sent one or an alarm): the events it recorded.</summary>
    public event Action<IReadOnlyList<TEvent>>? Recorded;

    /// <summary>Decides <paramref name="command"/> against the state; records and applies what it accepts.</summary>
    public Decision<TEvent, TRejection> Send(TCommand command)
    {
        var decision = TDecider.Decide(command, State);
        if (decision is Decision<TEvent, TRejection>.Accepted { Events: var events } && events.Count > 0)
        {
            foreach (var e in events)
            {
                State = TState.Evolve(State, e);
                _events.Add(e);
            }
            Arm();
            Recorded?.Invoke(events);
        }
        return decision;
    }

    /// <summary>Keeps the alarm the state asks for: an equal one keeps its first due time, another replaces it.</summary>
    private void Arm()
    {
        var wanted = (State as IAlarmed<TCommand>)?.Alarm;
        if (Equals(wanted, _pending))
        {
            return;
        }
        _alarm?.Dispose();
        _alarm = null;
        _pending = wanted;
        if (wanted is not null)
        {
            _alarm = _clock.CreateTimer(_ => Fire(wanted), null, wanted.After, Timeout.InfiniteTimeSpan);
        }
    }

    private void Fire(Alarm<TCommand> alarm)
    {
        if (Equals(alarm, _pending))
        {
            _pending = null;
            Send(alarm.Command);
        }
    }

    public void Dispose() => _alarm?.Dispose();
}
