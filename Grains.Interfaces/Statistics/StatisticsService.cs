namespace Keel.Grains.Interfaces.Statistics;

/// <summary>The Statistics service: the game's read model, projected from the Games', the Wallet's and the Lobby's events.</summary>
public static class StatisticsService
{
    public const string Name = "statistics";

    /// <summary>Its projection (players' standings, the totals, the open global rooms).</summary>
    public const string Projection = "statistics";
}
