namespace Keel.Domain.Lobby;

public abstract record GlobalRoomsEvent : IEvent
{
    private GlobalRoomsEvent() { }

    /// <summary>Room <paramref name="Number"/> is now the open shared room.</summary>
    [WireName("keel.lobby.global-room-opened.v1")]
    public sealed record NextOpened(int Number) : GlobalRoomsEvent;
}
