namespace Keel.Domain.Lobby;

/// <summary>Why a player could not join (or open) a room.</summary>
public abstract record RoomRejection : IRejection
{
    private RoomRejection() { }

    public abstract RejectionKind Kind { get; }

    public abstract string Detail { get; }

    public virtual IReadOnlyDictionary<string, string[]>? Errors => null;

    /// <summary>ALREADY_FULL: every seat is taken; the room is playing.</summary>
    public sealed record AlreadyFull(RoomId Room) : RoomRejection
    {
        public override RejectionKind Kind => RejectionKind.Conflict;

        public override string Detail => $"Room {Room} is full: its game has started.";
    }

    /// <summary>BAD_ADDRESS: the address is malformed or names a wrong number of seats.</summary>
    public sealed record BadAddress(string Address, string Reason) : RoomRejection
    {
        public override RejectionKind Kind => RejectionKind.Invalid;

        public override string Detail => $"'{Address}' is not a room address: {Reason}";

        public override IReadOnlyDictionary<string, string[]> Errors => new Dictionary<string, string[]> { ["address"] = [Reason] };
    }

    /// <summary>NOT_EXIST: nobody opened this room (a friends code nobody drew).</summary>
    public sealed record NotExist(RoomId Room) : RoomRejection
    {
        public override RejectionKind Kind => RejectionKind.NotFound;

        public override string Detail => $"Nobody opened a room at {Room.Address}.";
    }

    /// <summary>The room is open already, so it cannot be opened again (a friends code drawn twice).</summary>
    public sealed record AlreadyOpen(RoomId Room) : RoomRejection
    {
        public override RejectionKind Kind => RejectionKind.Conflict;

        public override string Detail => $"Room {Room} is open already.";
    }
}
