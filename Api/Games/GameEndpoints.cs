using System.Security.Claims;
using Keel.Grains.Interfaces.Games;

namespace Keel.Api.Games;

/// <summary>The Games service over HTTP: the record of a game.</summary>
[ServiceEndpoints]
public static class GameEndpoints
{
    private static readonly BoardView Board = BoardView.Of();

    public static RouteGroupBuilder MapGameEndpoints(this IEndpointRouteBuilder routes)
    {
        var games = routes.MapGroup("/games").WithTags("Games");
        games.MapGet("/board", () => TypedResults.Ok(Board))
            .WithName("GetBoard")
            .WithSummary("Get the board every match is played on")
            .WithDescription("Its squares in the order players move over them (the start first): lots with their price and rent, and rests. Public: the rules are no secret.")
            .AllowAnonymous();
        games.MapGet("/{gameId}", GetAsync)
            .WithName("GetGame")
            .WithSummary("Get a game")
            .WithDescription("A game starts when its room fills up; its id is the room's id. Only for the players at its table (and admins): a game the caller did not play in is not found, as one that never started.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return games;
    }

    /// <summary>Read from the log, so a guessed id activates no game; a game the caller did not play in answers as one that never started.</summary>
    public static async Task<Results<Ok<GameView>, ProblemHttpResult>> GetAsync(string gameId, AggregateReads reads, ClaimsPrincipal caller)
    {
        var (id, game, problem) = await MatchEndpoints.GameOfAsync(gameId, caller, reads, admins: true);
        return problem is null ? TypedResults.Ok(GameView.Of(id!.Value, game!)!) : problem;
    }
}
