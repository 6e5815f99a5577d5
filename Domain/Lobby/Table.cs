namespace Keel.Domain.Lobby;

/// <summary>
/// Who sits where in a room, by seat number from 1. Equal when the same players sit in the same seats. It travels as
/// its list of seats.
/// </summary>
public sealed record Table(IReadOnlyList<TakenSeat> Seats) : IValue<IReadOnlyList<TakenSeat>>
{
    public static Table Empty { get; } = new([]);

    public int Count => Seats.Count;

    IReadOnlyList<TakenSeat> IValue<IReadOnlyList<TakenSeat>>.Value => Seats;

    public TakenSeat? Of(PlayerId player) => Seats.FirstOrDefault(s => s.PlayerId == player);

    /// <summary>The lowest seat number nobody holds.</summary>
    public int FirstFreeSeat()
    {
        var number = 1;
        while (Seats.Any(s => s.Seat == number))
        {
            number++;
        }
        return number;
    }

    public Table With(TakenSeat seat) => new([.. Seats.Append(seat).OrderBy(s => s.Seat)]);

    public Table Without(PlayerId player) => new([.. Seats.Where(s => s.PlayerId != player)]);

    public bool Equals(Table? other) => other is not null && Seats.SequenceEqual(other.Seats);

    public override int GetHashCode() => Seats.Aggregate(0, (hash, seat) => HashCode.Combine(hash, seat));
}

/// <summary>A taken seat.</summary>
/// <param name="Seat">The seat number, from 1.</param>
/// <param name="PlayerId">Who sits there.</param>
[WireName("keel.lobby.seat.v1")]
public sealed record TakenSeat(int Seat, PlayerId PlayerId);
