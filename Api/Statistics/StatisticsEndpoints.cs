using Keel.Domain.Lobby;
using Keel.Domain.Statistics;
using Keel.Grains.Interfaces.Statistics;
using Keel.Grains.Projections;

namespace Keel.Api.Statistics;

/// <summary>The game's statistics over HTTP, read from the Statistics projection directly (no grain on the way).</summary>
[ServiceEndpoints]
public static class StatisticsEndpoints
{
    private const string Projection = StatisticsService.Projection;

    public static RouteGroupBuilder MapStatisticsEndpoints(this IEndpointRouteBuilder routes)
    {
        var statistics = routes.MapGroup("/statistics").WithTags("Statistics")
            .ForCallersWhoAre(id => PlayerId.TryParse(id, out _), "The statistics are for players: the token's subject must be a player id.");
        statistics.MapGet("/leaderboard", LeaderboardAsync)
            .WithName("GetLeaderboard")
            .WithSummary("List players by wins, then winnings")
            .WithDescription("A page at a time: `limit` (1 to 100, default 20) and `after` (the previous page's `next`, also linked as `Link: rel=\"next\"`).")
            .ProducesValidationProblem();
        statistics.MapGet("/players/{playerId}", PlayerAsync)
            .WithName("GetPlayerStanding")
            .WithSummary("Get a player's games played, wins and winnings")
            .WithDescription("A player who has not played yet has played none.")
            .ForTheCaller("playerId", "A player reads only their own standing here (the leaderboard shows the best): the token's subject must be the player id.")
            .ProducesValidationProblem();
        statistics.MapGet("/totals", TotalsAsync)
            .WithName("GetGameTotals")
            .WithSummary("Get the games played and finished, what the pots paid out and the house kept");
        statistics.MapGet("/rooms", RoomsAsync)
            .WithName("ListOpenRooms")
            .WithSummary("List the global rooms waiting for players, fullest first")
            .WithDescription("A page at a time: `limit` (1 to 100, default 20) and `after` (the previous page's `next`, also linked as `Link: rel=\"next\"`).")
            .ProducesValidationProblem();
        return statistics;
    }

    /// <param name="models">The read models.</param>
    /// <param name="http">The request (the next page's link goes into its response).</param>
    /// <param name="limit">Players on the page, 1 to 100 (default 20).</param>
    /// <param name="after">The previous page's `next`.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static Task<Results<Ok<Leaderboard>, ProblemHttpResult>> LeaderboardAsync(
        IReadModels models, HttpContext http, int? limit, string? after, CancellationToken cancellationToken) =>
        RowPages.ListAsync<PlayerStanding, Leaderboard>(models, Projection, http, limit, after, page => new(page.Rows, page.Next), cancellationToken);

    /// <param name="playerId">The player: the caller's own id.</param>
    /// <param name="models">The read models.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<Results<Ok<PlayerStanding>, ProblemHttpResult>> PlayerAsync(string playerId, IReadModels models, CancellationToken cancellationToken) =>
        PlayerId.TryParse(playerId, out var player)
            ? TypedResults.Ok(await models.FindAsync<PlayerStanding>(Projection, player.Value, cancellationToken) ?? PlayerStanding.New(player))
            : Problems.Invalid("playerId", "A player id has 1 to 64 letters, digits, '-', '_' or '.'.");

    /// <param name="models">The read models.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<Ok<GameTotals>> TotalsAsync(IReadModels models, CancellationToken cancellationToken) =>
        TypedResults.Ok(await models.FindAsync<GameTotals>(Projection, GameTotals.Key, cancellationToken) ?? GameTotals.None);

    /// <param name="models">The read models.</param>
    /// <param name="http">The request (the next page's link goes into its response).</param>
    /// <param name="limit">Rooms on the page, 1 to 100 (default 20).</param>
    /// <param name="after">The previous page's `next`.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static Task<Results<Ok<OpenRooms>, ProblemHttpResult>> RoomsAsync(
        IReadModels models, HttpContext http, int? limit, string? after, CancellationToken cancellationToken) =>
        RowPages.ListAsync<OpenRoom, OpenRooms>(models, Projection, http, limit, after, page => new(page.Rows, page.Next), cancellationToken);
}
