using Keel.Domain.Lobby;

namespace Keel.Grains.Interfaces.Lobby;

/// <summary>One player in the lobby, keyed by the player id. Keeps the player in at most one waiting room.</summary>
[Alias("keel.lobby.IPlayerGrain")]
public interface IPlayerGrain : IGrainWithStringKey
{
    /// <summary>Seats the player at the address; a room the player waited in before is left. Repeating a join changes nothing.</summary>
    [Alias("join")]
    Task<CommandResult<JoinedRoom>> JoinAsync(JoinRoom command);

    /// <summary>Leaves the room the player waits in (refunding the buy-in).</summary>
    [Alias("leave-all")]
    Task<PlayerView> LeaveAllRoomsAsync();

    [Alias("wait-mode")]
    Task<PlayerView> UpdateWaitModeAsync(UpdateWaitMode command);

    /// <summary>The player went offline: with <see cref="WaitMode.OnlineOnly"/> they leave their room.</summary>
    [Alias("offline")]
    Task<PlayerView> GoOfflineAsync();

    /// <summary>The player is back online (a realtime connection of theirs opened).</summary>
    [Alias("online")]
    Task<PlayerView> GoOnlineAsync();

    [Alias("get"), ReadOnly]
    Task<PlayerView> GetAsync();
}
