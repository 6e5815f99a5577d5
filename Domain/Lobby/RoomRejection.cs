namespace Keel.Domain.Lobby;

/// <summary>Why a player could not join (or open) a room.</summary>
public abstract record RoomRejection
{
    private RoomRejection() { }

    /// <summary>ALREADY_FULL: every seat is taken; the room is playing.</summary>
    public sealed record AlreadyFull(RoomId Room) : RoomRejection;

    /// <summary>BAD_ADDRESS: the address is malformed or names a wrong number of seats.</summary>
    public sealed record BadAddress(string Address, string Reason) : RoomRejection;

    /// <summary>NOT_EXIST: nobody opened this room (a friends code nobody drew).</summary>
    public sealed record NotExist(RoomId Room) : RoomRejection;

    /// <summary>The room is open already, so it cannot be opened again (a friends code drawn twice).</summary>
    public sealed record AlreadyOpen(RoomId Room) : RoomRejection;
}
