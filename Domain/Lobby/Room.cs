namespace Keel.Domain.Lobby;

/// <summary>The state of one room.</summary>
public abstract record Room : IState<Room, RoomEvent>
{
    private Room() { }

    public static Room Initial { get; } = new Unopened();

    /// <summary>Whether <paramref name="player"/> holds a seat here: in a waiting room, or at the table of one that filled up.</summary>
    public bool IsSeated(PlayerId player) => this switch
    {
        Waiting w => w.Table.Of(player) is not null,
        Playing p => p.Table.Of(player) is not null,
        _ => false,
    };

    /// <summary>Nobody has opened a room under this id.</summary>
    public sealed record Unopened : Room;

    /// <summary>Open, with free seats.</summary>
    public sealed record Waiting(RoomId Id, int Seats, Stakes Stakes, Table Table) : Room;

    /// <summary>Every seat taken: the game has started and the room accepts nobody.</summary>
    public sealed record Playing(RoomId Id, int Seats, Stakes Stakes, Table Table) : Room;

    /// <summary>Its last player left before it filled up: nobody can join it; opening it again starts it afresh.</summary>
    public sealed record Closed(RoomId Id) : Room;

    public static Room Evolve(Room state, RoomEvent @event) => (state, @event) switch
    {
        (_, RoomEvent.Created e) => new Waiting(e.RoomId, e.Seats, new Stakes(e.BuyIn, e.Tax), Table.Empty),
        (Waiting w, RoomEvent.PlayerJoined e) => w with { Table = w.Table.With(new TakenSeat(e.Seat, e.PlayerId)) },
        (Waiting w, RoomEvent.PlayerLeft e) => w with { Table = w.Table.Without(e.PlayerId) },
        (Waiting w, RoomEvent.FilledUp e) => new Playing(w.Id, w.Seats, w.Stakes, e.Table),
        (Waiting w, RoomEvent.Closed) => new Closed(w.Id),
        _ => state,
    };
}
