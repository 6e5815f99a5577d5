using Keel.Grains.Interfaces.Lobby;
using Keel.Grains.Interfaces;
using Keel.Domain.Lobby;

namespace Keel.Grains.Lobby;

/// <summary>Maps the Lobby's rejections and states to what callers read.</summary>
internal static class LobbyContracts
{
    public static Rejection ToRejection(RoomRejection rejection) => rejection switch
    {
        RoomRejection.AlreadyFull e => new("lobby.already-full", $"Room {e.Room} is full: its game has started.", RejectionKind.Conflict),
        RoomRejection.NotExist e => new("lobby.not-exist", $"Nobody opened a room at {e.Room.Address}.", RejectionKind.NotFound),
        RoomRejection.BadAddress e => new(
            "lobby.bad-address", $"'{e.Address}' is not a room address: {e.Reason}", RejectionKind.Invalid,
            new Dictionary<string, string[]> { ["address"] = [e.Reason] }),
        RoomRejection.AlreadyOpen e => new("lobby.already-open", $"Room {e.Room} is open already.", RejectionKind.Conflict),
        _ => throw new ArgumentOutOfRangeException(nameof(rejection), rejection.GetType().Name, "Unmapped room rejection."),
    };

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
