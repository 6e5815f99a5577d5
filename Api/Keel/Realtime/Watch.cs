using System.Reflection;

namespace Keel.Api.Realtime;

/// <summary>
/// How clients watch one kind of aggregate, declared by its service: the message each event becomes — every event of
/// the aggregate is named or declared silent, else the Api does not start — what a new watcher is sent first (a view
/// of the state, not the history), and which other aggregate its state points at (a player's room), if any.
/// </summary>
/// <typeparam name="TGrain">The aggregate's grain interface: its grain id is the stream watched.</typeparam>
/// <typeparam name="TState">The aggregate's state, which a watcher folds from the log.</typeparam>
/// <typeparam name="TEvent">The aggregate's events.</typeparam>
public sealed class Watch<TGrain, TState, TEvent> : IWatch
    where TGrain : IGrainWithStringKey
    where TState : IState<TState, TEvent>
    where TEvent : class, IEvent
{
    private readonly Dictionary<Type, (string? Name, Func<TEvent, object>? Data)> _messages = [];
    private (string Name, Func<string, TState, object> View)? _snapshot;
    private Func<TState, string?>? _follows;

    public IWatch? Followed { get; private set; }

    public object Initial => TState.Initial;

    public string StreamOf(IGrainFactory grains, string key) => grains.GetGrain<TGrain>(key).GetGrainId().ToString();

    public IReadOnlyList<string> MessageNames =>
        [.. _messages.Values.Select(m => m.Name).OfType<string>().Concat(_snapshot is { } s ? [s.Name] : []).Distinct()];

    /// <summary>An event of this case becomes the message <paramref name="name"/>, carrying the event itself.</summary>
    public Watch<TGrain, TState, TEvent> On<TCase>(string name) where TCase : TEvent => On<TCase>(name, e => e);

    public Watch<TGrain, TState, TEvent> On<TCase>(string name, Func<TCase, object> data) where TCase : TEvent
    {
        _messages[typeof(TCase)] = (name, e => data((TCase)e));
        return this;
    }

    /// <summary>An event of this case is not sent (it may still move the state on, and with it what is followed).</summary>
    public Watch<TGrain, TState, TEvent> Silent<TCase>() where TCase : TEvent
    {
        _messages[typeof(TCase)] = (null, null);
        return this;
    }

    /// <summary>A new watcher is first sent the message <paramref name="name"/> with this view of the state (given its key).</summary>
    public Watch<TGrain, TState, TEvent> Snapshot(string name, Func<string, TState, object> view)
    {
        _snapshot = (name, view);
        return this;
    }

    /// <summary>The state points at an aggregate of <paramref name="target"/> (its key, or null): a watcher follows it.</summary>
    public Watch<TGrain, TState, TEvent> Following(IWatch target, Func<TState, string?> key)
    {
        (Followed, _follows) = (target, key);
        return this;
    }

    public object Evolve(object state, IEvent happened) => TState.Evolve((TState)state, (TEvent)happened);

    public WatchMessage? MessageOf(IEvent happened, string? id) =>
        _messages.TryGetValue(happened.GetType(), out var message) && message.Name is { } name
            ? new WatchMessage(name, message.Data!((TEvent)happened), id)
            : null;

    public WatchMessage? SnapshotOf(string key, object state, string id) =>
        _snapshot is { } snapshot ? new WatchMessage(snapshot.Name, snapshot.View(key, (TState)state), id) : null;

    public string? FollowedKey(object state) => _follows?.Invoke((TState)state);

    /// <summary>Every case of <typeparamref name="TEvent"/> has a message or is silent: a forgotten case stops the Api at start.</summary>
    public Watch<TGrain, TState, TEvent> Complete()
    {
        var cases = typeof(TEvent).GetNestedTypes(BindingFlags.Public)
            .Where(t => !t.IsAbstract && typeof(TEvent).IsAssignableFrom(t));
        var missing = cases.Where(t => !_messages.ContainsKey(t)).Select(t => $"{typeof(TEvent).Name}.{t.Name}").ToList();
        return missing.Count == 0 ? this : throw new InvalidOperationException(
            $"The watch of {typeof(TGrain).Name} says nothing about {string.Join(", ", missing)}: name its message with On<…>(\"…\") or declare it Silent<…>().");
    }
}
