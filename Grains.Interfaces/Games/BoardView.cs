using Keel.Domain.Games;

namespace Keel.Grains.Interfaces.Games;

/// <summary>The board every match is played on: its squares in the order players move over them, the start first.</summary>
/// <param name="Squares">The squares.</param>
/// <param name="Salary">What passing the start pays.</param>
/// <param name="StartingCash">What each player is dealt.</param>
public sealed record BoardView(IReadOnlyList<BoardSquare> Squares, int Salary, int StartingCash)
{
    public static BoardView Of() => new([.. Board.Squares.Select(BoardSquare.Of)], Board.Salary, Board.StartingCash);
}

/// <summary>One square: <c>start</c>, <c>rest</c> (nothing happens) or <c>lot</c> (with its name, price and rent).</summary>
public sealed record BoardSquare(string Kind, string? Name, int? Price, int? Rent)
{
    public static BoardSquare Of(Square square) => square switch
    {
        Square.Lot lot => new("lot", lot.Name, lot.Price, lot.Rent),
        Square.Start => new("start", null, null, null),
        _ => new("rest", null, null, null),
    };
}
