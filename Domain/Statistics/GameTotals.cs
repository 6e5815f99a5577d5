namespace Keel.Domain.Statistics;

/// <summary>Every game so far: matches dealt, matches finished, what the pots paid out and what the house kept.</summary>
public sealed record GameTotals(int GamesPlayed, int GamesFinished, long PaidOut, long HouseTaxes)
{
    /// <summary>The one row's key.</summary>
    public const string Key = "all";

    public static GameTotals None { get; } = new(0, 0, 0, 0);
}
