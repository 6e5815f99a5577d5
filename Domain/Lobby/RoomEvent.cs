namespace Keel.Domain.Lobby;

/// <summary>What has happened in a room.</summary>
public abstract record RoomEvent : IEvent
{
    private RoomEvent() { }

    [WireName("keel.lobby.room-created.v1")]
    public sealed record Created(RoomId RoomId, int Seats, int BuyIn, int Tax) : RoomEvent;

    [WireName("keel.lobby.player-joined-room.v1")]
    public sealed record PlayerJoined(RoomId RoomId, PlayerId PlayerId, int Seat) : RoomEvent;

    /// <summary>The player gave up their seat and got <paramref name="Refund"/> (the whole buy-in) back.</summary>
    [WireName("keel.lobby.player-left-room.v1")]
    public sealed record PlayerLeft(RoomId RoomId, PlayerId PlayerId, int Seat, int Refund) : RoomEvent;

    /// <summary>The last seat was taken: the table is final and the game's pot is <paramref name="Pot"/>.</summary>
    [WireName("keel.lobby.room-filled-up.v1")]
    public sealed record FilledUp(RoomId RoomId, Table Table, int Pot) : RoomEvent;

    /// <summary>The last player left a waiting room: it is closed.</summary>
    public sealed record Closed(RoomId RoomId) : RoomEvent;
}
