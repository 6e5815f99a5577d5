using Keel.Domain.Lobby;

namespace Keel.Domain.Games;

public abstract record GameCommand
{
    private GameCommand() { }

    /// <summary>Start the game of a room that filled up; <paramref name="Now"/> comes from the host's clock.</summary>
    public sealed record Start(RoomId Room, Table Table, int Pot, DateTimeOffset Now) : GameCommand;
}
