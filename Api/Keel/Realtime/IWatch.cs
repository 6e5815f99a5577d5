
namespace Keel.Api.Realtime;

/// <summary>A <see cref="Watch{TGrain, TState, TEvent}"/> as the machinery uses it, without its types.</summary>
public interface IWatch
{
    /// <summary>The stream of the aggregate <paramref name="key"/> in the event log (its grain id).</summary>
    string StreamOf(IGrainFactory grains, string key);

    /// <summary>The watch a state of this one points at (a player's room), if any.</summary>
    IWatch? Followed { get; }

    object Initial { get; }

    object Evolve(object state, IEvent happened);

    /// <summary>The message an event becomes (null: it is not sent).</summary>
    WatchMessage? MessageOf(IEvent happened, string? id);

    /// <summary>What a new watcher of the aggregate <paramref name="key"/> is sent first: a view of its state (null: nothing).</summary>
    WatchMessage? SnapshotOf(string key, object state, string id);

    /// <summary>The key of the aggregate <see cref="Followed"/> that this state points at, or null.</summary>
    string? FollowedKey(object state);

    /// <summary>The names of the messages, for the OpenAPI description.</summary>
    IReadOnlyList<string> MessageNames { get; }
}
