using Keel.Grains.Interfaces.Games;
using Keel.Domain.Lobby;

namespace Keel.Api.Games;

/// <summary>The Games service over HTTP: the record of a game.</summary>
[ServiceEndpoints]
public static class GameEndpoints
{
    public static RouteGroupBuilder MapGameEndpoints(this IEndpointRouteBuilder routes)
    {
        var games = routes.MapGroup("/games").WithTags("Games");
        games.MapGet("/{gameId}", GetAsync)
            .WithName("GetGame")
            .WithSummary("Get a game")
            .WithDescription("A game starts when its room fills up; its id is the room's id.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return games;
    }

    public static async Task<Results<Ok<GameView>, ProblemHttpResult>> GetAsync(string gameId, IGrainFactory grains)
    {
        if (!RoomId.TryParse(gameId, out var id))
        {
            return Problems.Invalid("gameId", "A game id is the id of its room: friends-{code} or global2-{number}.");
        }
        var game = await grains.GetGrain<IGameGrain>(id.Value).GetAsync();
        return game is null ? Problems.NotFound("games.not-found", $"No game has started in room {id}.") : TypedResults.Ok(game);
    }
}
