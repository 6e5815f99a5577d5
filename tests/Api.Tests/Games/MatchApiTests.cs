using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Keel.Domain.Games;
using Keel.Grains.Interfaces.Games;
using Keel.Grains.Interfaces.Lobby;

namespace Keel.Api.Tests;

/// <summary>
/// A room that fills up deals its match; its players play it over HTTP as the token's subject, to final ranks. To a
/// caller not at the table the match answers as one that never started, commands included.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class MatchApiTests(KeelApiFactory factory)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(), new Keel.Grains.Interfaces.Wire.ValueJsonConverter() } };

    private static string NewPlayer() => $"match-{Guid.NewGuid():N}";

    private HttpClient As(string player) => factory.CreateClient().As(TestAuth.TokenFor(player));

    private Task<(string Ada, string Bob, string GameId)> DealtAsync() => DealtAsync(As);

    /// <summary>Two new players fill a room for two; its match is dealt. <paramref name="As"/> makes a player's client.</summary>
    internal static async Task<(string Ada, string Bob, string GameId)> DealtAsync(Func<string, HttpClient> As)
    {
        var (ada, bob) = (NewPlayer(), NewPlayer());
        var opened = await As(ada).PostAsJsonAsync($"/api/v1/lobby/players/{ada}/join", new { address = "friends:new:2" });
        var room = (await opened.Content.ReadFromJsonAsync<RoomView>(Json))!;
        Assert.True((await As(bob).PostAsJsonAsync($"/api/v1/lobby/players/{bob}/join", new { address = room.Address })).IsSuccessStatusCode);
        await Eventually.GetAsync(() => As(ada).GetAsync($"/api/v1/games/{room.RoomId}/match"), r => r.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(10), $"the match of {room.RoomId} dealt");
        return (ada, bob, room.RoomId);
    }

    internal static async Task<MatchView> ViewAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<MatchView>(Json))!;
    }

    [Fact]
    public async Task AFilledRoomDealsAMatchThatItsPlayersPlayToFinalRanks()
    {
        var (ada, bob, game) = await DealtAsync();

        var dealt = await ViewAsync(await As(bob).GetAsync($"/api/v1/games/{game}/match"));
        Assert.Equal("in-play", dealt.Status);
        Assert.Equal(ada, dealt.Playing?.Value); // the first seat begins
        Assert.All(dealt.Players, p => Assert.Equal(Board.StartingCash, p.Cash));
        Assert.Equal(Board.Squares.Count, dealt.Owners.Count);

        await (await As(bob).PostAsync($"/api/v1/games/{game}/match/roll", null)).AssertProblemAsync(HttpStatusCode.Conflict, "games.not-your-turn");
        var rolled = await ViewAsync(await As(ada).PostAsync($"/api/v1/games/{game}/match/roll", null));
        var moved = rolled.Players.Single(p => p.Player.Value == ada);
        Assert.InRange(moved.Position, 2, 12); // two dice from the start, on a board of 16
        Assert.True(rolled.Offer == moved.Position || rolled.Playing?.Value == bob, "a free lot is offered, or the turn passed");
        if (rolled.Offer is not null)
        {
            rolled = await ViewAsync(await As(ada).PostAsync($"/api/v1/games/{game}/match/buy", null));
            Assert.Equal(ada, rolled.Owners[moved.Position]?.Value);
            Assert.Equal(Board.StartingCash - ((Square.Lot)Board.Squares[moved.Position]).Price, rolled.Players.Single(p => p.Player.Value == ada).Cash);
        }

        var over = await ViewAsync(await As(ada).PostAsync($"/api/v1/games/{game}/match/resign", null));

        Assert.Equal("finished", over.Status);
        Assert.Equal([bob, ada], over.Ranks.Select(r => r.Value));
        Assert.All(over.Owners, o => Assert.NotEqual(ada, o?.Value)); // the resigned player's lots went back to the bank
        await (await As(bob).PostAsync($"/api/v1/games/{game}/match/roll", null)).AssertProblemAsync(HttpStatusCode.Conflict, "games.game-over");
    }

    [Fact]
    public async Task EveryMoveReachesThePlayersAtTheTableLive()
    {
        var (ada, bob, game) = await DealtAsync();
        using var adaSees = await SseReader.OpenAsync(As(ada), $"/api/v1/games/{game}/match/events");
        using var bobSees = await SseReader.OpenAsync(As(bob), $"/api/v1/games/{game}/match/events");
        foreach (var sse in new[] { adaSees, bobSees })
        {
            var first = await sse.NextAsync("the match's view");
            Assert.Equal("match", first.Event);
            Assert.Equal("in-play", first.Text("status"));
        }

        var rolled = await ViewAsync(await As(ada).PostAsync($"/api/v1/games/{game}/match/roll", null));

        var square = rolled.Players.Single(p => p.Player.Value == ada).Position;
        foreach (var sse in new[] { adaSees, bobSees })
        {
            var moved = await sse.NextAsync("ada's move");
            Assert.Equal("moved", moved.Event);
            Assert.Equal(ada, moved.Text("player"));
            Assert.Equal(square, moved.Number("to"));
            Assert.Equal($"{game}/3", moved.Id); // dealt and the first turn are versions 1 and 2
        }
        var stranger = await As(NewPlayer()).GetAsync($"/api/v1/games/{game}/match/events");
        await stranger.AssertProblemAsync(HttpStatusCode.NotFound, "games.not-found");
    }

    [Fact]
    public async Task ToSomeoneNotAtTheTableAMatchAnswersAsOneThatNeverStarted()
    {
        var (_, _, game) = await DealtAsync();
        var eve = As(NewPlayer());
        const string unknown = "no-such-room";

        foreach (var (method, path) in new[] { ("GET", ""), ("POST", "/roll"), ("POST", "/buy"), ("POST", "/decline"), ("POST", "/resign") })
        {
            var hidden = await eve.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/api/v1/games/{game}/match{path}"));
            await hidden.AssertProblemAsync(HttpStatusCode.NotFound, "games.not-found");
        }
        var admin = factory.CreateClient().As(TestAuth.TokenFor(TestAuth.AdminId, Keel.Api.Auth.KeelAuth.AdminRole));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/games/{game}/match")).StatusCode); // admins read
        await (await admin.PostAsync($"/api/v1/games/{game}/match/roll", null)).AssertProblemAsync(HttpStatusCode.NotFound, "games.not-found"); // but do not play
        await (await eve.GetAsync($"/api/v1/games/{unknown}/match")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation");
    }
}
