namespace Keel.Domain.Lobby;

/// <summary>The state of one room.</summary>
public abstract record Room : IState<Room, RoomEvent>
{
    private Room() { }

    public static Room Initial { get; } = new Unopened();

    /// <summary>Nobody has opened a room under this id.</summary>
    public sealed record Unopened : Room;

    /// <summary>Open, with free seats.</summary>
    public sealed record Waiting(RoomId Id, int Seats, Stakes Stakes, Table Table) : Room;

    /// <summary>Every seat taken: the game has started and the room accepts nobody.</summary>
    public sealed record Playing(RoomId Id, int Seats, Stakes Stakes, Table Table) : Room;

    public static Room Evolve(Room state, RoomEvent @event) => (state, @event) switch
    {
        (_, RoomEvent.Created e) => new Waiting(e.Room, e.Seats, e.Stakes, Table.Empty),
        (Waiting w, RoomEvent.PlayerJoined e) => w with { Table = w.Table.With(new Seat(e.Seat, e.Player)) },
        (Waiting w, RoomEvent.PlayerLeft e) => w with { Table = w.Table.Without(e.Player) },
        (Waiting w, RoomEvent.FilledUp e) => new Playing(w.Id, w.Seats, w.Stakes, e.Table),
        _ => state,
    };
}
