
namespace Keel.Grains.Interfaces.Lobby;

/// <summary>One room, keyed by its room id (<c>friends-{code}</c>, <c>global2-{n}</c>). Players reach it through their <see cref="IPlayerGrain"/>.</summary>
[Alias("keel.lobby.IRoomGrain")]
public interface IRoomGrain : IGrainWithStringKey
{
    /// <summary>Opens the room with <paramref name="seats"/> seats and seats <paramref name="playerId"/> in it.</summary>
    [Alias("open")]
    Task<CommandResult<RoomView>> OpenAsync(string playerId, int seats);

    [Alias("join")]
    Task<CommandResult<RoomView>> JoinAsync(string playerId);

    /// <summary>Gives up the player's seat if the room still waits; otherwise changes nothing.</summary>
    [Alias("leave")]
    Task LeaveAsync(string playerId);

    /// <summary>The room, or null when nobody opened it.</summary>
    [Alias("get"), ReadOnly]
    Task<RoomView?> GetAsync();
}
