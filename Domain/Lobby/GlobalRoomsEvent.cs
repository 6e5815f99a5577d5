namespace Keel.Domain.Lobby;

public abstract record GlobalRoomsEvent
{
    private GlobalRoomsEvent() { }

    /// <summary>Room <paramref name="Number"/> is now the open shared room.</summary>
    public sealed record NextOpened(int Number) : GlobalRoomsEvent;
}
