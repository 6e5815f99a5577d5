namespace Keel.Domain.Lobby;

/// <summary>What a player can ask of the lobby (the player is the aggregate's key).</summary>
public abstract record PlayerCommand
{
    private PlayerCommand() { }

    /// <summary>
    /// JoinRoom, the player's part: <paramref name="Room"/> (resolved from the address) has seated the player; any
    /// other room they sit in is left.
    /// </summary>
    public sealed record JoinRoom(RoomId Room) : PlayerCommand;

    /// <summary>Leave the room the player waits in.</summary>
    public sealed record LeaveAllRooms : PlayerCommand;

    public sealed record UpdateWaitMode(WaitMode Mode) : PlayerCommand;

    /// <summary>A join of the player's was refused: the player's connections are told why.</summary>
    public sealed record RecordRefusal(string Address, RoomRejection Reason) : PlayerCommand;

    /// <summary>The player went offline: with <see cref="WaitMode.OnlineOnly"/> they leave their room.</summary>
    public sealed record GoOffline : PlayerCommand;

    /// <summary>The player is back: a realtime connection of theirs opened.</summary>
    public sealed record GoOnline : PlayerCommand;
}
