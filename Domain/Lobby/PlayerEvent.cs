namespace Keel.Domain.Lobby;

/// <summary>What has happened to a player in the lobby.</summary>
public abstract record PlayerEvent : IEvent
{
    private PlayerEvent() { }

    /// <summary>The player took a seat in <paramref name="RoomId"/>.</summary>
    [WireName("keel.lobby.player-seated.v1")]
    public sealed record Seated(RoomId RoomId) : PlayerEvent;

    /// <summary>The player left <paramref name="RoomId"/> (the room refunds the buy-in if it was still waiting).</summary>
    [WireName("keel.lobby.player-unseated.v1")]
    public sealed record Unseated(RoomId RoomId) : PlayerEvent;

    /// <summary>A join at <paramref name="Address"/> was refused for <paramref name="Reason"/>.</summary>
    public sealed record JoinRefused(string Address, RoomRejection Reason) : PlayerEvent;

    [WireName("keel.lobby.wait-mode-updated.v1")]
    public sealed record WaitModeUpdated(WaitMode Mode) : PlayerEvent;

    /// <summary>The player came online (a realtime connection opened) or went offline (the last one closed, or they said so).</summary>
    [WireName("keel.lobby.player-presence-updated.v1")]
    public sealed record PresenceUpdated(bool Online) : PlayerEvent;
}
