namespace Keel.Domain.Lobby;

/// <summary>Who sits where in a room, by seat number from 1. Equal when the same players sit in the same seats.</summary>
public sealed record Table(IReadOnlyList<Seat> Seats)
{
    public static Table Empty { get; } = new([]);

    public int Count => Seats.Count;

    public Seat? Of(PlayerId player) => Seats.FirstOrDefault(s => s.Player == player);

    /// <summary>The lowest seat number nobody holds.</summary>
    public int FirstFreeSeat()
    {
        var number = 1;
        while (Seats.Any(s => s.Number == number))
        {
            number++;
        }
        return number;
    }

    public Table With(Seat seat) => new([.. Seats.Append(seat).OrderBy(s => s.Number)]);

    public Table Without(PlayerId player) => new([.. Seats.Where(s => s.Player != player)]);

    public bool Equals(Table? other) => other is not null && Seats.SequenceEqual(other.Seats);

    public override int GetHashCode() => Seats.Aggregate(0, (hash, seat) => HashCode.Combine(hash, seat));
}

/// <summary>One taken seat.</summary>
public sealed record Seat(int Number, PlayerId Player);
