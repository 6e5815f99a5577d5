using Keel.Api.Documentation;
using Keel.Domain.Games;
using Keel.Grains.Interfaces.Games;

namespace Keel.Api.Games;

/// <summary>The Games service's realtime edge: every move of a match reaches the players at its table, live.</summary>
[ServiceEndpoints]
public static class GamesRealtime
{
    private static readonly Watch<IMatchGrain, Match, MatchEvent> Matches = new Watch<IMatchGrain, Match, MatchEvent>()
        .Snapshot("match", (gameId, match) => MatchView.Of(gameId, match) ?? MatchView.NotDealt(gameId))
        .On<MatchEvent.Dealt>("dealt")
        .On<MatchEvent.TurnBegan>("turn-began")
        .On<MatchEvent.Moved>("moved")
        .On<MatchEvent.SalaryPaid>("salary-paid")
        .On<MatchEvent.Offered>("offered")
        .On<MatchEvent.Bought>("bought")
        .On<MatchEvent.Declined>("declined")
        .On<MatchEvent.RentPaid>("rent-paid")
        .On<MatchEvent.TurnMissed>("turn-missed")
        .On<MatchEvent.KnockedOut>("knocked-out")
        .On<MatchEvent.Finished>("finished")
        .Complete();

    public static RouteGroupBuilder MapGamesRealtime(this IEndpointRouteBuilder routes) =>
        routes.MapGroup("/games/{gameId}/match").WithTags("Games")
            .DocumentsPathParameter("gameId", "The game: the id of the room it was played from (friends-{code} or global2-{number}).")
            .MapWatch(Matches, new("MatchEvents", "MatchSocket", "the match",
                "One message per move of the match, for the players at its table: `match` (MatchView, first), `dealt`, "
                + "`turn-began`, `moved` (the dice and the square), `salary-paid`, `offered`, `bought`, `declined`, `rent-paid`, "
                + "`turn-missed`, `knocked-out`, `finished` (the winner). To anyone else the match is not found."),
                async http =>
                {
                    var (id, problem) = await MatchEndpoints.SeatOfAsync(http.GetRouteValue("gameId") as string ?? "", http.User,
                        http.RequestServices.GetRequiredService<AggregateReads>(), admins: true);
                    return problem is null ? WatchTarget.Of(id!.Value) : WatchTarget.Refused(problem);
                });
}
