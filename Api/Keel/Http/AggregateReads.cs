using Keel.Grains.EventLog;

namespace Keel.Api.Http;

/// <summary>
/// Reads an aggregate's state from the event log — its latest snapshot and the events after it, folded — without
/// activating its grain, as a realtime watch does. A read of an id nobody ever wrote (a guessed one) finds an empty
/// stream in one indexed lookup and leaves nothing behind in the cluster; the read counts against the caller's read
/// budget like any other. What an append acknowledged is in the log before its command answers, so a read after a
/// command sees it.
/// </summary>
public sealed class AggregateReads(IEventLogReader log, IGrainFactory grains)
{
    /// <summary>The state of the aggregate <paramref name="key"/> of <typeparamref name="TGrain"/>; its initial state when nothing was ever recorded.</summary>
    public async Task<TState> StateOfAsync<TGrain, TState, TEvent>(string key)
        where TGrain : IGrainWithStringKey
        where TState : IState<TState, TEvent>
        where TEvent : IEvent
    {
        // A grain reference names the stream (its grain id); making one activates nothing.
        var loaded = await log.LoadAsync(grains.GetGrain<TGrain>(key).GetGrainId().ToString());
        var state = loaded.Snapshot is { } snapshot ? (TState)snapshot.State : TState.Initial;
        foreach (var envelope in loaded.Events)
        {
            state = TState.Evolve(state, (TEvent)envelope.Event);
        }
        return state;
    }
}
