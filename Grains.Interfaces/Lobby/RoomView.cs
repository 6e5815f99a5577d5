using Keel.Domain.Lobby;

namespace Keel.Grains.Interfaces.Lobby;

/// <summary>A room and who sits in it.</summary>
/// <param name="RoomId">The room's id.</param>
/// <param name="Address">What others join it with: <c>friends:{code}</c>, or <c>global:2</c>.</param>
/// <param name="Seats">How many seats it has.</param>
/// <param name="BuyIn">What a seat costs; refunded in full to a player who leaves before the room fills up.</param>
/// <param name="Tax">What is taken from each buy-in when the room fills up.</param>
/// <param name="Status"><c>Waiting</c> while seats are free; <c>Playing</c> once every seat is taken.</param>
/// <param name="Players">The taken seats, by seat number.</param>
[GenerateSerializer, Immutable, Alias("keel.lobby.room-view.v1")]
public sealed record RoomView(
    [property: Id(0)] string RoomId,
    [property: Id(1)] string Address,
    [property: Id(2)] int Seats,
    [property: Id(3)] int BuyIn,
    [property: Id(4)] int Tax,
    [property: Id(5)] RoomStatus Status,
    [property: Id(6)] IReadOnlyList<TakenSeat> Players)
{
    /// <summary>The room as it is in <paramref name="state"/>, or null when nobody opened it.</summary>
    public static RoomView? Of(Room state) => state switch
    {
        Room.Waiting w => new(w.Id.Value, w.Id.Address, w.Seats, w.Stakes.BuyIn, w.Stakes.Tax, RoomStatus.Waiting, w.Table.Seats),
        Room.Playing p => new(p.Id.Value, p.Id.Address, p.Seats, p.Stakes.BuyIn, p.Stakes.Tax, RoomStatus.Playing, p.Table.Seats),
        _ => null,
    };
}
