namespace Keel.Domain.Lobby;

/// <summary>Decides who sits in a room. The last seat taken fills the room up: from then on it accepts nobody.</summary>
public sealed class RoomDecider : IDecider<RoomCommand, Room, RoomEvent, RoomRejection>
{
    private RoomDecider() { }

    public static Decision<RoomEvent, RoomRejection> Decide(RoomCommand command, Room state) => (command, state) switch
    {
        (RoomCommand.Open c, Room.Unopened or Room.Closed) when !SeatsFit(c.Room.Kind, c.Seats) =>
            Decision<RoomEvent, RoomRejection>.Reject(new RoomRejection.BadAddress(c.Room.Address, $"A {c.Room.Kind} room cannot have {c.Seats} seats.")),
        (RoomCommand.Open c, Room.Unopened or Room.Closed) =>
            Opened(c.Room, c.Seats, c.Opener),
        (RoomCommand.Open c, _) =>
            Decision<RoomEvent, RoomRejection>.Reject(new RoomRejection.AlreadyOpen(c.Room)),
        (RoomCommand.Join c, Room.Unopened or Room.Closed) =>
            Decision<RoomEvent, RoomRejection>.Reject(new RoomRejection.NotExist(c.Room)),
        (RoomCommand.Join c, Room.Waiting w) when w.Table.Of(c.Player) is not null =>
            Decision<RoomEvent, RoomRejection>.Nothing,
        (RoomCommand.Join c, Room.Waiting w) => Join(c.Player, w),
        (RoomCommand.Join c, Room.Playing p) when p.Table.Of(c.Player) is not null =>
            Decision<RoomEvent, RoomRejection>.Nothing, // a repeated join that filled the room
        (RoomCommand.Join, Room.Playing p) =>
            Decision<RoomEvent, RoomRejection>.Reject(new RoomRejection.AlreadyFull(p.Id)),
        (RoomCommand.Leave c, Room.Waiting w) when w.Table.Of(c.Player) is { } seat && w.Table.Count == 1 =>
            Decision<RoomEvent, RoomRejection>.Emit(new RoomEvent.PlayerLeft(w.Id, c.Player, seat.Seat, w.Stakes.BuyIn), new RoomEvent.Closed(w.Id)),
        (RoomCommand.Leave c, Room.Waiting w) when w.Table.Of(c.Player) is { } seat =>
            Decision<RoomEvent, RoomRejection>.Emit(new RoomEvent.PlayerLeft(w.Id, c.Player, seat.Seat, w.Stakes.BuyIn)),
        (RoomCommand.Leave, _) =>
            Decision<RoomEvent, RoomRejection>.Nothing, // not seated, or the game has started: nothing to give back
        _ => throw new InvalidOperationException($"Unhandled {command.GetType().Name} in {state.GetType().Name}."),
    };

    private static bool SeatsFit(RoomKind kind, int seats) => kind == RoomKind.Global
        ? seats == RoomAddress.GlobalSeats
        : seats is >= RoomAddress.MinFriendsSeats and <= RoomAddress.MaxFriendsSeats;

    private static Decision<RoomEvent, RoomRejection> Opened(RoomId room, int seats, PlayerId opener)
    {
        var stakes = Stakes.Of(room.Kind);
        return Decision<RoomEvent, RoomRejection>.Emit(new RoomEvent.Created(room, seats, stakes.BuyIn, stakes.Tax), new RoomEvent.PlayerJoined(room, opener, 1));
    }

    private static Decision<RoomEvent, RoomRejection> Join(PlayerId player, Room.Waiting room)
    {
        var joined = new RoomEvent.PlayerJoined(room.Id, player, room.Table.FirstFreeSeat());
        var table = room.Table.With(new TakenSeat(joined.Seat, player));
        return table.Count < room.Seats
            ? Decision<RoomEvent, RoomRejection>.Emit(joined)
            : Decision<RoomEvent, RoomRejection>.Emit(joined, new RoomEvent.FilledUp(room.Id, table, room.Stakes.PotFor(room.Seats)));
    }
}
