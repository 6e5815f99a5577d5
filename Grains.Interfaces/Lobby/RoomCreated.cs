
namespace Keel.Grains.Interfaces.Lobby;

/// <summary>A room was opened.</summary>
[GenerateSerializer, Immutable, Alias("keel.lobby.room-created.v1")]
public sealed record RoomCreated(
    [property: Id(0)] string RoomId,
    [property: Id(1)] int Seats,
    [property: Id(2)] int BuyIn,
    [property: Id(3)] int Tax) : IEvent;
