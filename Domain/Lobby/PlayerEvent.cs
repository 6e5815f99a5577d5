namespace Keel.Domain.Lobby;

/// <summary>What has happened to a player in the lobby.</summary>
public abstract record PlayerEvent
{
    private PlayerEvent() { }

    /// <summary>The player took a seat in <paramref name="Room"/>.</summary>
    public sealed record Seated(RoomId Room) : PlayerEvent;

    /// <summary>The player left <paramref name="Room"/> (the room refunds the buy-in if it was still waiting).</summary>
    public sealed record Unseated(RoomId Room) : PlayerEvent;

    public sealed record WaitModeUpdated(WaitMode Mode) : PlayerEvent;
}
