using Orleans.Concurrency;

namespace Keel.Grains.Interfaces.Lobby;

/// <summary>
/// A realtime gateway process: it registers one of these with a <see cref="ILobbyWatchersGrain"/> per room and per
/// player its connections follow, however many connections that is.
/// </summary>
[Alias("keel.lobby.ILobbyWatcher")]
public interface ILobbyWatcher : IGrainObserver
{
    /// <summary>An event of a watched room, as its stream delivered it (at least once, so possibly again).</summary>
    [Alias("room-event"), OneWay]
    Task OnRoomEventAsync(EventEnvelope envelope);

    /// <summary>A watched player's seat changed: the gateway reads where they sit now.</summary>
    [Alias("player-moved"), OneWay]
    Task OnPlayerMovedAsync(string playerId);

    /// <summary>A watched player's join was refused.</summary>
    [Alias("join-failed"), OneWay]
    Task OnJoinFailedAsync(string playerId, JoinFailure failure);
}
