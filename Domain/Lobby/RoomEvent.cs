namespace Keel.Domain.Lobby;

/// <summary>What has happened in a room.</summary>
public abstract record RoomEvent
{
    private RoomEvent() { }

    public sealed record Created(RoomId Room, int Seats, Stakes Stakes) : RoomEvent;

    public sealed record PlayerJoined(PlayerId Player, int Seat) : RoomEvent;

    /// <summary>The player gave up their seat and got <paramref name="Refund"/> (the whole buy-in) back.</summary>
    public sealed record PlayerLeft(PlayerId Player, int Seat, int Refund) : RoomEvent;

    /// <summary>The last seat was taken: the table is final and the game's pot is <paramref name="Pot"/>.</summary>
    public sealed record FilledUp(Table Table, int Pot) : RoomEvent;
}
