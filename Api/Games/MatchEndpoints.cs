using System.Security.Claims;
using Keel.Domain.Games;
using Keel.Domain.Lobby;
using Keel.Grains.Interfaces.Games;

namespace Keel.Api.Games;

/// <summary>
/// The match of a game over HTTP: the caller plays as the token's subject. Only the players at the game's table (and,
/// for reading, admins) see it; to anyone else a match answers as one that never started, commands included.
/// </summary>
[ServiceEndpoints]
public static class MatchEndpoints
{
    public static RouteGroupBuilder MapMatchEndpoints(this IEndpointRouteBuilder routes)
    {
        var match = routes.MapGroup("/games/{gameId}/match").WithTags("Games");
        match.MapGet("/", GetAsync)
            .WithName("GetMatch")
            .WithSummary("Get a game's match: the board, whose turn it is, the final ranks")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        Move(match, "/roll", "RollDice", "Roll the dice on your turn (the game draws them)", (game, player) => game.RollAsync(player));
        Move(match, "/buy", "BuyLot", "Buy the lot you were offered", (game, player) => game.BuyAsync(new MatchCommand.Buy(player)));
        Move(match, "/decline", "DeclineLot", "Decline the lot you were offered", (game, player) => game.DeclineAsync(new MatchCommand.Decline(player)));
        Move(match, "/resign", "Resign", "Leave the match; your lots go back to the bank", (game, player) => game.ResignAsync(new MatchCommand.Resign(player)));
        return match;
    }

    private static void Move(RouteGroupBuilder match, string path, string name, string summary, Func<IMatchGrain, PlayerId, Task<CommandResult<MatchView>>> move) =>
        match.MapPost(path, (string gameId, ClaimsPrincipal caller, AggregateReads reads, IGrainFactory grains) => PlayAsync(gameId, caller, reads, grains, move))
            .WithName(name)
            .WithSummary(summary)
            .Rejects<MatchRejection>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<MatchView>, ProblemHttpResult>> PlayAsync(
        string gameId, ClaimsPrincipal caller, AggregateReads reads, IGrainFactory grains, Func<IMatchGrain, PlayerId, Task<CommandResult<MatchView>>> move)
    {
        var (id, problem) = await SeatOfAsync(gameId, caller, reads, admins: false);
        if (problem is not null)
        {
            return problem;
        }
        var result = await move(grains.GetGrain<IMatchGrain>(id!.Value), CallerOf(caller)!);
        return result.ToHttp(view => TypedResults.Ok(view));
    }

    public static async Task<Results<Ok<MatchView>, ProblemHttpResult>> GetAsync(string gameId, ClaimsPrincipal caller, AggregateReads reads, IGrainFactory grains)
    {
        var (id, problem) = await SeatOfAsync(gameId, caller, reads, admins: true);
        if (problem is not null)
        {
            return problem;
        }
        return await grains.GetGrain<IMatchGrain>(id!.Value).GetAsync() is { } view ? TypedResults.Ok(view) : NotFound(id);
    }

    /// <summary>The game id, when the caller sits at its table (or is an admin and <paramref name="admins"/> may read); else the problem to answer.</summary>
    internal static async Task<(RoomId? Id, ProblemHttpResult? Problem)> SeatOfAsync(string gameId, ClaimsPrincipal caller, AggregateReads reads, bool admins)
    {
        var (id, _, problem) = await GameOfAsync(gameId, caller, reads, admins);
        return (id, problem);
    }

    /// <summary>
    /// The game (read from the log, so a guessed id activates no grain), when the caller sits at its table (or is an
    /// admin and <paramref name="admins"/> may read); else the problem to answer: 404 as for a game that never started.
    /// </summary>
    internal static async Task<(RoomId? Id, Game.Started? Game, ProblemHttpResult? Problem)> GameOfAsync(
        string gameId, ClaimsPrincipal caller, AggregateReads reads, bool admins)
    {
        if (!RoomId.TryParse(gameId, out var id))
        {
            return (null, null, Problems.Invalid("gameId", "A game id is the id of its room: friends-{code} or global2-{number}."));
        }
        // A started game keeps its table for good: after the first read, a move costs no read of the game's record.
        var game = await reads.StateOfAsync<IGameGrain, Game, GameEvent>(id.Value, settled: g => g is Game.Started);
        var seated = CallerOf(caller) is { } player && game.IsSeated(player);
        return game is Game.Started started && (seated || (admins && caller.IsAdmin())) ? (id, started, null) : (id, null, NotFound(id));
    }

    /// <summary>The caller as a player: exactly the token's <c>sub</c>.</summary>
    private static PlayerId? CallerOf(ClaimsPrincipal caller) => PlayerId.TryParse(Callers.IdOf(caller), out var player) ? player : null;

    internal static ProblemHttpResult NotFound(RoomId id) =>
        Problems.NotFound("games.not-found", $"No game has started in room {id}, or the caller did not play in it.");
}
