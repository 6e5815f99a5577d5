using Keel.Domain.Lobby;

namespace Keel.Domain.Statistics;

/// <summary>
/// A player's record: the matches they were dealt into, those they won, and what the pots paid them. The leaderboard
/// lists players by wins, then by winnings.
/// </summary>
/// <param name="Player">The player.</param>
/// <param name="GamesPlayed">Matches they were dealt into.</param>
/// <param name="Wins">Matches they finished first.</param>
/// <param name="Winnings">What the pots of their wins paid them, after the house's tax.</param>
public sealed record PlayerStanding(PlayerId Player, int GamesPlayed, int Wins, long Winnings) : IRanked
{
    public static PlayerStanding New(PlayerId player) => new(player, 0, 0, 0);

    /// <summary>Wins in the high half, winnings (capped to what the low half holds) in the low one.</summary>
    public long Rank => ((long)Wins << 32) | Math.Clamp(Winnings, 0, uint.MaxValue);
}
