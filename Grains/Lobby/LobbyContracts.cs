using Keel.Grains.Interfaces.Lobby;
using Keel.Domain.Lobby;

namespace Keel.Grains.Lobby;

/// <summary>Maps the Lobby's states to what callers read.</summary>
internal static class LobbyContracts
{
    public static RoomView? ToView(Room state) => state switch
    {
        Room.Waiting w => View(w.Id, w.Seats, w.Stakes, RoomStatus.Waiting, w.Table),
        Room.Playing p => View(p.Id, p.Seats, p.Stakes, RoomStatus.Playing, p.Table),
        _ => null,
    };

    public static PlayerView ToView(PlayerId player, Player state) => new(player.Value, state.WaitMode, state.RoomId?.Value);

    private static RoomView View(RoomId id, int seats, Stakes stakes, RoomStatus status, Table table) =>
        new(id.Value, id.Address, seats, stakes.BuyIn, stakes.Tax, status, table.Seats);
}
