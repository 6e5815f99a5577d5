using Orleans.Concurrency;

namespace Keel.Grains.Interfaces.Lobby;

/// <summary>
/// The gateways watching one room (key <c>room:{roomId}</c>) or one player (key <c>player:{playerId}</c>).
/// Registrations expire unless renewed, so a gateway that died stops costing anything.
/// </summary>
[Alias("keel.lobby.ILobbyWatchersGrain")]
public interface ILobbyWatchersGrain : IGrainWithStringKey
{
    /// <summary>Registers or renews <paramref name="watcher"/>; true when it was not registered (new, or lost with a silo).</summary>
    [Alias("watch")]
    Task<bool> WatchAsync(ILobbyWatcher watcher);

    [Alias("unwatch")]
    Task UnwatchAsync(ILobbyWatcher watcher);

    /// <summary>How many gateways watch.</summary>
    [Alias("count"), ReadOnly]
    Task<int> CountAsync();

    [Alias("room-event")]
    Task PublishRoomEventAsync(EventEnvelope envelope);

    [Alias("player-moved")]
    Task PublishPlayerMovedAsync(string playerId);

    [Alias("join-failed")]
    Task PublishJoinFailedAsync(string playerId, JoinFailure failure);
}

/// <summary>The keys of <see cref="ILobbyWatchersGrain"/>.</summary>
public static class LobbyWatch
{
    public static string Room(string roomId) => $"room:{roomId}";

    public static string Player(string playerId) => $"player:{playerId}";
}
