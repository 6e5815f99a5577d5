
namespace Keel.Grains.Interfaces.Lobby;

/// <summary>A player took a seat in a room.</summary>
[GenerateSerializer, Immutable, Alias("keel.lobby.player-joined-room.v1")]
public sealed record PlayerJoinedRoom(
    [property: Id(0)] string RoomId,
    [property: Id(1)] string PlayerId,
    [property: Id(2)] int Seat) : IEvent;
