namespace Keel.Domain.Games;

/// <summary>
/// The board of a match: squares in a ring, the start first. A lot (a property) has a price and the rent a visitor pays its
/// owner; the other squares are rests, where nothing happens. Passing or landing on the start pays the salary.
/// </summary>
public static class Board
{
    /// <summary>What passing the start pays.</summary>
    public const int Salary = 40;

    /// <summary>What each player is dealt when a match starts.</summary>
    public const int StartingCash = 500;

    /// <summary>The squares, in the order a player moves over them; the start is square 0.</summary>
    public static IReadOnlyList<Square> Squares { get; } =
    [
        new Square.Start(),
        new Square.Lot("Harbour Row", 60, 6), new Square.Lot("Mill Lane", 60, 8), new Square.Rest(),
        new Square.Lot("Station Road", 100, 12), new Square.Lot("Market Street", 120, 14), new Square.Rest(),
        new Square.Lot("Canal Walk", 140, 18), new Square.Lot("Foundry Yard", 160, 20), new Square.Rest(),
        new Square.Lot("Bank Square", 200, 26), new Square.Lot("Tower Hill", 220, 28), new Square.Rest(),
        new Square.Lot("Park Avenue", 260, 34), new Square.Lot("Palace Gate", 300, 40), new Square.Rest(),
    ];

    /// <summary>Where a move of <paramref name="steps"/> from <paramref name="from"/> ends, and whether it passed (or reached) the start.</summary>
    public static (int To, bool PassedStart) Move(int from, int steps)
    {
        var to = (from + steps) % Squares.Count;
        return (to, from + steps >= Squares.Count);
    }
}

/// <summary>One square of the <see cref="Board"/>.</summary>
public abstract record Square
{
    private Square() { }

    public sealed record Start : Square;

    public sealed record Rest : Square;

    public sealed record Lot(string Name, int Price, int Rent) : Square;
}
