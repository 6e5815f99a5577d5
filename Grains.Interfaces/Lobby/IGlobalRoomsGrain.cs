namespace Keel.Grains.Interfaces.Lobby;

/// <summary>The shared two-player rooms (key 2): seats players in the open one and opens the next when it fills.</summary>
[Alias("keel.lobby.IGlobalRoomsGrain")]
public interface IGlobalRoomsGrain : IGrainWithIntegerKey
{
    [Alias("join")]
    Task<CommandResult<RoomView>> JoinAsync(string playerId);
}
