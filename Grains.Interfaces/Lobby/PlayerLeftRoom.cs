
namespace Keel.Grains.Interfaces.Lobby;

/// <summary>A player gave up their seat in a waiting room and got the buy-in back.</summary>
[GenerateSerializer, Immutable, Alias("keel.lobby.player-left-room.v1")]
public sealed record PlayerLeftRoom(
    [property: Id(0)] string RoomId,
    [property: Id(1)] string PlayerId,
    [property: Id(2)] int Seat,
    [property: Id(3)] int Refund) : IEvent;
