using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Keel.Domain.Statistics;
using Keel.Grains.Interfaces.Lobby;
using Keel.Grains.Interfaces.Statistics;
using Keel.Grains.Projections;

namespace Keel.Api.Tests;

/// <summary>
/// The game's statistics over HTTP (issue 19, item 4), read from the Statistics projection: games played, wins and
/// winnings per player, the leaderboard a page at a time, the open global rooms, and a rebuild that ends where the
/// projection was.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class StatisticsApiTests(KeelApiFactory factory)
{
    private static readonly JsonSerializerOptions Json = HttpJson.Options;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private static string NewPlayer() => $"stats-{Guid.NewGuid():N}";

    private HttpClient As(string player) => factory.CreateClient().As(TestAuth.TokenFor(player));

    private static async Task<T> GetAsync<T>(HttpClient http, string path)
    {
        var response = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    private Task<PlayerStanding> StandingAsync(string player) => GetAsync<PlayerStanding>(As(player), $"/api/v1/statistics/players/{player}");

    /// <summary>Two players sit in a friends room; <paramref name="loser"/> resigns at once, so the other wins the pot.</summary>
    private async Task PlayAsync(string loser, string winner)
    {
        var opened = await As(loser).PostAsJsonAsync($"/api/v1/lobby/players/{loser}/join", new { address = "friends:new:2" });
        var room = (await opened.Content.ReadFromJsonAsync<RoomView>(Json))!;
        Assert.True((await As(winner).PostAsJsonAsync($"/api/v1/lobby/players/{winner}/join", new { address = room.Address })).IsSuccessStatusCode);
        await Eventually.GetAsync(() => As(loser).GetAsync($"/api/v1/games/{room.RoomId}/match"), r => r.StatusCode == HttpStatusCode.OK, Deadline, "the match dealt");
        Assert.True((await As(loser).PostAsync($"/api/v1/games/{room.RoomId}/match/resign", null)).IsSuccessStatusCode);
    }

    [Fact]
    public async Task AFinishedGameCountsForBothPlayersAndItsPotForTheWinner()
    {
        var (ada, bob) = (NewPlayer(), NewPlayer());
        Assert.Equal(new PlayerStanding(Domain.Lobby.PlayerId.Parse(ada), 0, 0, 0), await StandingAsync(ada));

        await PlayAsync(loser: ada, winner: bob);

        var won = await Eventually.GetAsync(() => StandingAsync(bob), s => s.Winnings > 0, Deadline, "bob's winnings projected");
        Assert.Equal((1, 1, 2 * (100 - 5)), (won.GamesPlayed, won.Wins, won.Winnings));
        var lost = await StandingAsync(ada);
        Assert.Equal((1, 0, 0L), (lost.GamesPlayed, lost.Wins, lost.Winnings));
        var totals = await GetAsync<GameTotals>(As(ada), "/api/v1/statistics/totals");
        Assert.True(totals.GamesFinished >= 1 && totals.PaidOut >= won.Winnings && totals.HouseTaxes >= 2 * 5, $"totals {totals}");
    }

    [Fact]
    public async Task TheLeaderboardPagesThroughEveryPlayerOnceBestFirst()
    {
        var winners = new[] { NewPlayer(), NewPlayer(), NewPlayer() };
        foreach (var winner in winners)
        {
            await PlayAsync(loser: NewPlayer(), winner);
        }
        foreach (var winner in winners)
        {
            await Eventually.GetAsync(() => StandingAsync(winner), s => s.Winnings > 0, Deadline, "a winner projected");
        }

        var http = As(winners[0]);
        var seen = new List<PlayerStanding>();
        string? path = "/api/v1/statistics/leaderboard?limit=2";
        for (var pages = 0; path is not null; pages++)
        {
            Assert.True(pages < 1_000, "the leaderboard never ended");
            var response = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = (await response.Content.ReadFromJsonAsync<Leaderboard>(Json))!;
            Assert.True(page.Players.Count <= 2);
            seen.AddRange(page.Players);
            Assert.Equal(page.Next is not null, response.Headers.TryGetValues("Link", out var links));
            path = page.Next is null ? null : links!.Single()[1..links!.Single().IndexOf('>', StringComparison.Ordinal)];
        }
        Assert.Equal(seen.Count, seen.Select(s => s.Player).Distinct().Count());
        Assert.Equal(seen.OrderByDescending(s => s.Rank).ThenBy(s => s.Player.Value, StringComparer.Ordinal), seen);
        Assert.All(winners, winner => Assert.Contains(seen, s => s.Player.Value == winner && s.Wins >= 1));
    }

    [Fact]
    public async Task ABadLimitCursorOrPlayerIdOrSomeoneElsesStandingIsAProblem()
    {
        var http = As(NewPlayer());
        await (await http.GetAsync("/api/v1/statistics/leaderboard?limit=0")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation");
        await (await http.GetAsync("/api/v1/statistics/leaderboard?limit=101")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation");
        await (await http.GetAsync("/api/v1/statistics/leaderboard?after=not-a-cursor!")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation");
        await (await http.GetAsync("/api/v1/statistics/rooms?after=Onh5eg")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation"); // ":xyz", a key with no rank
        await (await factory.CreateClient().GetAsync("/api/v1/statistics/players/not%20a%20player")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation");
        await (await http.GetAsync($"/api/v1/statistics/players/{NewPlayer()}")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await factory.CreateClient().As(TestAuth.TokenFor("not a player")).GetAsync("/api/v1/statistics/totals")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await factory.CreateClient().As(null).GetAsync("/api/v1/statistics/leaderboard")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task AGlobalRoomIsListedWhileItWaitsAndGoesWhenItFills()
    {
        var (ada, bob) = (NewPlayer(), NewPlayer());
        var joined = await As(ada).PostAsJsonAsync($"/api/v1/lobby/players/{ada}/join", new { address = "global:2" });
        var room = (await joined.Content.ReadFromJsonAsync<RoomView>(Json))!;
        if (room.Status == RoomStatus.Waiting)
        {
            var listed = await Eventually.GetAsync(() => RoomsAsync(ada), rooms => rooms.Any(r => r.Room.Value == room.RoomId), Deadline, "the waiting room listed");
            Assert.Equal(1, listed.Single(r => r.Room.Value == room.RoomId).Taken);
            Assert.True((await As(bob).PostAsJsonAsync($"/api/v1/lobby/players/{bob}/join", new { address = "global:2" })).IsSuccessStatusCode);
        }
        await Eventually.GetAsync(() => RoomsAsync(ada), rooms => rooms.All(r => r.Room.Value != room.RoomId), Deadline, "the filled room gone");
    }

    private async Task<IReadOnlyList<OpenRoom>> RoomsAsync(string player) =>
        (await GetAsync<OpenRooms>(As(player), "/api/v1/statistics/rooms?limit=100")).Rooms;

    [Fact]
    public async Task ARebuildEndsWhereTheProjectionWasAndOnlyAdminsMayAskForIt()
    {
        var (ada, bob) = (NewPlayer(), NewPlayer());
        await PlayAsync(loser: ada, winner: bob);
        var before = await Eventually.GetAsync(() => StandingAsync(bob), s => s.Winnings > 0, Deadline, "bob's winnings projected");
        var admin = factory.CreateClient().AsAdmin();
        var status = (await GetAsync<ProjectionStatus[]>(admin, "/api/v1/admin/projections")).Single(p => p.Name == StatisticsService.Projection);
        Assert.True(status.Events > 0 && status.Owner is not null, $"status {status}");

        await (await As(ada).PostAsync("/api/v1/admin/projections/statistics/rebuild", null)).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await admin.PostAsync("/api/v1/admin/projections/nothing/rebuild", null)).AssertProblemAsync(HttpStatusCode.NotFound, "admin.projection-not-found");
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync("/api/v1/admin/projections/statistics/rebuild", null)).StatusCode);

        var rebuilt = await Eventually.GetAsync(
            async () => (await GetAsync<ProjectionStatus[]>(admin, "/api/v1/admin/projections")).Single(p => p.Name == StatisticsService.Projection),
            s => s.Builds == status.Builds + 1 && s.Events >= status.Events, Deadline, "the projection built again");
        Assert.True(rebuilt.Builds > status.Builds);
        Assert.Equal(before, await Eventually.GetAsync(() => StandingAsync(bob), s => s.Winnings > 0, Deadline, "bob's standing built again"));
        Assert.Equal((1, 0, 0L), await StandingAsync(ada) is var a ? (a.GamesPlayed, a.Wins, a.Winnings) : default);
    }
}
