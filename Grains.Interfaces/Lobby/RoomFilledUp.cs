
namespace Keel.Grains.Interfaces.Lobby;

/// <summary>Every seat of a room was taken: the table is final and the room plays.</summary>
/// <param name="RoomId">The room.</param>
/// <param name="Table">Who sits where.</param>
/// <param name="Pot">The buy-ins after tax.</param>
[GenerateSerializer, Immutable, Alias("keel.lobby.room-filled-up.v1")]
public sealed record RoomFilledUp(
    [property: Id(0)] string RoomId,
    [property: Id(1)] IReadOnlyList<SeatView> Table,
    [property: Id(2)] int Pot) : IEvent;
