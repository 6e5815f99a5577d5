namespace Keel.Domain.Lobby;

/// <summary>What can be asked of a room.</summary>
public abstract record RoomCommand
{
    private RoomCommand() { }

    /// <summary>Open the room with <paramref name="Seats"/> seats and seat <paramref name="Opener"/> in it.</summary>
    public sealed record Open(RoomId Room, int Seats, PlayerId Opener) : RoomCommand;

    /// <summary>Seat <paramref name="Player"/> in the first free seat of <paramref name="Room"/>.</summary>
    public sealed record Join(RoomId Room, PlayerId Player) : RoomCommand;

    /// <summary>Give up <paramref name="Player"/>'s seat while the room waits, refunding the buy-in.</summary>
    public sealed record Leave(PlayerId Player) : RoomCommand;
}
