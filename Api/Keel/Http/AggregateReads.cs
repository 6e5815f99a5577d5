using System.Collections.Concurrent;
using Keel.Grains.EventLog;

namespace Keel.Api.Http;

/// <summary>
/// Reads an aggregate's state from the event log — its latest snapshot and the events after it, folded — without
/// activating its grain, as a realtime watch does. A read of an id nobody ever wrote (a guessed one) finds an empty
/// stream in one indexed lookup and leaves nothing behind in the cluster; the read counts against the caller's read
/// budget like any other. What an append acknowledged is in the log before its command answers, so a read after a
/// command sees it. A state the caller calls settled (no later event changes it: a game once started) is kept in this
/// process and answered from memory afterwards, up to <see cref="SettledCapacity"/> of them.
/// </summary>
public sealed class AggregateReads(IEventLogReader log, IGrainFactory grains)
{
    /// <summary>How many settled states a process keeps; past that, it starts again from none.</summary>
    public const int SettledCapacity = 10_000;

    private readonly ConcurrentDictionary<string, object> _settled = new(StringComparer.Ordinal);

    /// <summary>
    /// The state of the aggregate <paramref name="key"/> of <typeparamref name="TGrain"/>; its initial state when nothing
    /// was ever recorded. When <paramref name="settled"/> says a state read will never change, later reads answer it
    /// without the log.
    /// </summary>
    public async Task<TState> StateOfAsync<TGrain, TState, TEvent>(string key, Func<TState, bool>? settled = null)
        where TGrain : IGrainWithStringKey
        where TState : IState<TState, TEvent>
        where TEvent : IEvent
    {
        // A grain reference names the stream (its grain id); making one activates nothing.
        var stream = grains.GetGrain<TGrain>(key).GetGrainId().ToString();
        if (settled is not null && _settled.TryGetValue(stream, out var kept) && kept is TState known)
        {
            return known;
        }
        var loaded = await log.LoadAsync(stream);
        var state = loaded.Snapshot is { } snapshot ? (TState)snapshot.State : TState.Initial;
        foreach (var envelope in loaded.Events)
        {
            state = TState.Evolve(state, (TEvent)envelope.Event);
        }
        if (settled?.Invoke(state) == true)
        {
            if (_settled.Count >= SettledCapacity)
            {
                _settled.Clear();
            }
            _settled[stream] = state;
        }
        return state;
    }
}
