namespace Keel.Domain.Lobby;

public abstract record GlobalRoomsCommand
{
    private GlobalRoomsCommand() { }

    /// <summary>Room <paramref name="Number"/> filled up (or was found full): open the next one.</summary>
    public sealed record OpenNext(int Number) : GlobalRoomsCommand;
}
