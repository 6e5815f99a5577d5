using Keel.Grains.Interfaces.Lobby;
using Keel.Grains.Interfaces;
using Keel.Domain.Lobby;

namespace Keel.Grains.Lobby;

/// <summary>Maps the Lobby's domain values to and from their contract records.</summary>
internal static class LobbyContracts
{
    public static IEvent ToContract(RoomEvent @event, string roomId) => @event switch
    {
        RoomEvent.Created e => new RoomCreated(roomId, e.Seats, e.Stakes.BuyIn, e.Stakes.Tax),
        RoomEvent.PlayerJoined e => new PlayerJoinedRoom(roomId, e.Player.Value, e.Seat),
        RoomEvent.PlayerLeft e => new PlayerLeftRoom(roomId, e.Player.Value, e.Seat, e.Refund),
        RoomEvent.FilledUp e => new RoomFilledUp(roomId, ToSeats(e.Table), e.Pot),
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Unmapped room event."),
    };

    public static RoomEvent FromContract(IEvent @event) => @event switch
    {
        RoomCreated e => new RoomEvent.Created(RoomId.Parse(e.RoomId), e.Seats, new Stakes(e.BuyIn, e.Tax)),
        PlayerJoinedRoom e => new RoomEvent.PlayerJoined(PlayerId.Parse(e.PlayerId), e.Seat),
        PlayerLeftRoom e => new RoomEvent.PlayerLeft(PlayerId.Parse(e.PlayerId), e.Seat, e.Refund),
        RoomFilledUp e => new RoomEvent.FilledUp(ToTable(e.Table), e.Pot),
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Unmapped room event."),
    };

    public static IEvent ToContract(PlayerEvent @event) => @event switch
    {
        PlayerEvent.Seated e => new PlayerSeated(e.Room.Value),
        PlayerEvent.Unseated e => new PlayerUnseated(e.Room.Value),
        PlayerEvent.WaitModeUpdated e => new WaitModeUpdated((PlayerWaitMode)e.Mode),
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Unmapped player event."),
    };

    public static PlayerEvent FromPlayerContract(IEvent @event) => @event switch
    {
        PlayerSeated e => new PlayerEvent.Seated(RoomId.Parse(e.RoomId)),
        PlayerUnseated e => new PlayerEvent.Unseated(RoomId.Parse(e.RoomId)),
        WaitModeUpdated e => new PlayerEvent.WaitModeUpdated((WaitMode)e.Mode),
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Unmapped player event."),
    };

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

    public static PlayerView ToView(PlayerId player, Player state) =>
        new(player.Value, (PlayerWaitMode)state.WaitMode, state.Room?.Value);

    public static IReadOnlyList<SeatView> ToSeats(Table table) => [.. table.Seats.Select(s => new SeatView(s.Number, s.Player.Value))];

    public static Table ToTable(IReadOnlyList<SeatView> seats) => new([.. seats.Select(s => new Seat(s.Seat, PlayerId.Parse(s.PlayerId)))]);

    private static RoomView View(RoomId id, int seats, Stakes stakes, RoomStatus status, Table table) =>
        new(id.Value, id.Address, seats, stakes.BuyIn, stakes.Tax, status, ToSeats(table));
}
