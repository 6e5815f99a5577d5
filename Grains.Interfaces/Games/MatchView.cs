using Keel.Domain.Games;
using Keel.Domain.Lobby;

namespace Keel.Grains.Interfaces.Games;

/// <summary>A match as its players see it.</summary>
/// <param name="GameId">The game's id (its room's).</param>
/// <param name="Status"><c>in-play</c> or <c>finished</c> (<c>not-dealt</c> only in a live view's first message).</param>
/// <param name="Turn">The turn being played (the last one when finished).</param>
/// <param name="Playing">Whose turn it is; null when finished.</param>
/// <param name="Offer">The square the player on turn was offered and must buy or decline first; null when none.</param>
/// <param name="Players">Everyone dealt in, in seat order: square, cash, missed turns, whether they are out.</param>
/// <param name="Owners">Who owns each square of the board, by square (null: the bank's).</param>
/// <param name="Ranks">When finished, from the winner to the first who went out.</param>
[GenerateSerializer, Immutable, Alias("keel.games.match-view.v1")]
public sealed record MatchView(
    [property: Id(0)] string GameId,
    [property: Id(1)] string Status,
    [property: Id(2)] int Turn,
    [property: Id(3)] PlayerId? Playing,
    [property: Id(4)] int? Offer,
    [property: Id(5)] IReadOnlyList<Contender> Players,
    [property: Id(6)] IReadOnlyList<PlayerId?> Owners,
    [property: Id(7)] IReadOnlyList<PlayerId> Ranks)
{
    /// <summary>The match <paramref name="gameId"/> as it is in <paramref name="state"/>, or null when it has not been dealt.</summary>
    public static MatchView? Of(string gameId, Match state) => state switch
    {
        Match.InPlay s => new(gameId, "in-play", s.Turn, s.Playing.Player, s.Offer, s.Players, s.Owners, []),
        Match.Finished f => new(gameId, "finished", f.Turn, null, null, f.Players, f.Owners, f.Ranks),
        _ => null,
    };

    /// <summary>A match whose room filled up but which is not dealt yet (a watcher may connect in between).</summary>
    public static MatchView NotDealt(string gameId) => new(gameId, "not-dealt", 0, null, null, [], [], []);
}
