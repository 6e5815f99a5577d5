using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Keel.Api.Auth;
using Keel.Domain.Lobby;
using Keel.Grains.Interfaces.Lobby;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Keel.Api.Tests;

/// <summary>
/// Rooms and their games are read only by the players seated there and by admins: a room (or game) the caller does not
/// sit in answers exactly as one nobody opened. Reading guessed ids activates no grain, and the reads count against the
/// caller's read budget (issue 20, #7). The Api here limits reads (<see cref="ReadBurst"/> at once, 1 a second).
/// </summary>
public sealed class RoomPrivacyTests(RoomPrivacyTests.BudgetedApi factory) : IClassFixture<RoomPrivacyTests.BudgetedApi>
{
    private const int ReadBurst = 20;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(), new Keel.Grains.Interfaces.Wire.ValueJsonConverter() } };

    /// <summary>The in-memory Api with the read budget on (the other Api tests turn rate limits off).</summary>
    public sealed class BudgetedApi : KeelApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Keel:RateLimit:Enabled", "true");
            builder.UseSetting("Keel:RateLimit:ReadsPerSecond", "1");
            builder.UseSetting("Keel:RateLimit:ReadBurst", ReadBurst.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static string NewPlayer() => $"privacy-{Guid.NewGuid():N}";

    /// <summary>A client signed in as <paramref name="player"/>; every caller has a read budget of its own.</summary>
    private HttpClient As(string player) => factory.CreateClient().As(TestAuth.TokenFor(player));

    /// <summary>A fresh admin (an admin of its own, so its reads do not share a budget with another test's).</summary>
    private HttpClient Admin() => factory.CreateClient().As(TestAuth.TokenFor($"admin-{Guid.NewGuid():N}", KeelAuth.AdminRole));

    private static async Task<RoomView> JoinAsync(HttpClient http, string player, string address)
    {
        var response = await http.PostAsJsonAsync($"/api/v1/lobby/players/{player}/join", new { address });
        Assert.True(response.IsSuccessStatusCode, $"{player} joining {address}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<RoomView>(Json))!;
    }

    private static string GuessedRoom() => RandomNumberGenerator.GetInt32(2) == 0
        ? RoomId.Friends(RoomCode.From(RandomNumberGenerator.GetInt32(RoomCode.Count))).Value
        : RoomId.Global(RandomNumberGenerator.GetInt32(1_000, int.MaxValue)).Value;

    [Fact]
    public async Task ARoomAndItsGameAreReadOnlyByThePlayersSeatedThereAndByAdmins()
    {
        var (ada, bob, eve) = (NewPlayer(), NewPlayer(), NewPlayer());
        var room = await JoinAsync(As(ada), ada, "friends:new:2");
        await JoinAsync(As(bob), bob, room.Address);
        var admin = Admin();
        await Eventually.GetAsync(() => admin.GetAsync($"/api/v1/games/{room.RoomId}"), r => r.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(10), $"the game of {room.RoomId}");

        foreach (var seated in new[] { As(ada), As(bob), admin })
        {
            var read = await seated.GetFromJsonAsync<RoomView>($"/api/v1/lobby/rooms/{room.RoomId}", Json);
            Assert.Equal([ada, bob], read!.Players.Select(p => p.PlayerId.Value));
            Assert.Equal(HttpStatusCode.OK, (await seated.GetAsync($"/api/v1/games/{room.RoomId}")).StatusCode);
        }

        // Eve is signed in but sits elsewhere: the room and its game answer as ones nobody opened — same status, code, words.
        var stranger = As(eve);
        var unknown = RoomId.Friends(RoomCode.From(RandomNumberGenerator.GetInt32(RoomCode.Count)));
        var hidden = await (await stranger.GetAsync($"/api/v1/lobby/rooms/{room.RoomId}")).AssertProblemAsync(HttpStatusCode.NotFound, "lobby.not-exist");
        var none = await (await stranger.GetAsync($"/api/v1/lobby/rooms/{unknown}")).AssertProblemAsync(HttpStatusCode.NotFound, "lobby.not-exist");
        Assert.Equal(Detail(none).Replace(unknown.Address, "{address}", StringComparison.Ordinal),
            Detail(hidden).Replace(room.Address, "{address}", StringComparison.Ordinal));
        var hiddenGame = await (await stranger.GetAsync($"/api/v1/games/{room.RoomId}")).AssertProblemAsync(HttpStatusCode.NotFound, "games.not-found");
        var noGame = await (await stranger.GetAsync($"/api/v1/games/{unknown}")).AssertProblemAsync(HttpStatusCode.NotFound, "games.not-found");
        Assert.Equal(Detail(noGame).Replace(unknown.Value, "{id}", StringComparison.Ordinal),
            Detail(hiddenGame).Replace(room.RoomId, "{id}", StringComparison.Ordinal));
        Assert.DoesNotContain(ada, hidden.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APlayerWhoLeftARoomNoLongerReadsIt()
    {
        var (ada, bob) = (NewPlayer(), NewPlayer());
        var room = await JoinAsync(As(ada), ada, "friends:new:3");
        await JoinAsync(As(bob), bob, room.Address);
        Assert.Equal(HttpStatusCode.OK, (await As(bob).GetAsync($"/api/v1/lobby/rooms/{room.RoomId}")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await As(bob).PostAsync($"/api/v1/lobby/players/{bob}/leave", null)).StatusCode);

        await (await As(bob).GetAsync($"/api/v1/lobby/rooms/{room.RoomId}")).AssertProblemAsync(HttpStatusCode.NotFound, "lobby.not-exist");
        Assert.Equal(HttpStatusCode.OK, (await As(ada).GetAsync($"/api/v1/lobby/rooms/{room.RoomId}")).StatusCode);
    }

    [Fact]
    public async Task ReadingGuessedRoomAndGameIdsActivatesNoGrain()
    {
        var admin = Admin();
        var before = await ActivationsAsync(admin);

        // 15 callers (each within its own read budget) and an admin read 300 rooms and games nobody opened.
        var reads = await Task.WhenAll(Enumerable.Range(0, 16).Select(async caller =>
        {
            var http = caller == 0 ? Admin() : As(NewPlayer());
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < ReadBurst / 2 - 1; i++)
            {
                statuses.Add((await http.GetAsync($"/api/v1/lobby/rooms/{GuessedRoom()}")).StatusCode);
                statuses.Add((await http.GetAsync($"/api/v1/games/{GuessedRoom()}")).StatusCode);
            }
            return statuses;
        }));

        Assert.All(reads.SelectMany(s => s), status => Assert.Equal(HttpStatusCode.NotFound, status));
        var after = await ActivationsAsync(admin);
        Assert.True(after.Rooms <= before.Rooms, $"room activations grew from {before.Rooms} to {after.Rooms}");
        Assert.True(after.Games <= before.Games, $"game activations grew from {before.Games} to {after.Games}");

        // The measure sees activations: reading through the room grain itself leaves one per id.
        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        foreach (var _ in Enumerable.Range(0, 5))
        {
            Assert.Null(await grains.GetGrain<IRoomGrain>(GuessedRoom()).GetAsync());
        }
        Assert.True((await ActivationsAsync(admin)).Rooms >= after.Rooms + 5, "reads through the grain show up as activations");
    }

    [Fact]
    public async Task JoiningGuessedCodesLeavesNoRoomActivated()
    {
        var admin = Admin();
        var before = await ActivationsAsync(admin);
        var eve = NewPlayer();

        for (var i = 0; i < 10; i++)
        {
            var code = RoomCode.From(RandomNumberGenerator.GetInt32(RoomCode.Count));
            var response = await As(eve).PostAsJsonAsync($"/api/v1/lobby/players/{eve}/join", new { address = $"friends:{code}" });
            await response.AssertProblemAsync(HttpStatusCode.NotFound, "lobby.not-exist");
        }

        await Eventually.HoldsAsync(async () => (await ActivationsAsync(admin)).Rooms <= before.Rooms, TimeSpan.FromSeconds(10),
            $"no more room activations than the {before.Rooms} before ten joins of guessed codes");
    }

    [Fact]
    public async Task RoomAndGameReadsCountAgainstTheCallersReadBudget()
    {
        var eve = As(NewPlayer());
        var clock = Stopwatch.StartNew();

        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < 3 * ReadBurst; i++)
        {
            statuses.Add(await eve.GetAsync(i % 2 == 0 ? $"/api/v1/lobby/rooms/{GuessedRoom()}" : $"/api/v1/games/{GuessedRoom()}"));
        }

        var answered = statuses.Count(r => r.StatusCode == HttpStatusCode.NotFound);
        Assert.InRange(answered, ReadBurst, ReadBurst + (int)Math.Ceiling(clock.Elapsed.TotalSeconds) + 1);
        var refused = statuses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate-limited");
        Assert.True(refused.Headers.RetryAfter is not null);
        Assert.All(statuses, r => Assert.True(r.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.TooManyRequests, $"{(int)r.StatusCode}"));
        // Another caller has a budget of its own.
        Assert.Equal(HttpStatusCode.NotFound, (await As(NewPlayer()).GetAsync($"/api/v1/lobby/rooms/{GuessedRoom()}")).StatusCode);
    }

    [Fact]
    public async Task AWatcherFollowsOnlyTheRoomTheySitInWhateverTheirLastEventIdSays()
    {
        var (ada, bob, eve) = (NewPlayer(), NewPlayer(), NewPlayer());
        var adas = await JoinAsync(As(ada), ada, "friends:new:3");
        var eves = await JoinAsync(As(eve), eve, "friends:new:3");
        var stranger = As(eve);
        await (await stranger.GetAsync($"/api/v1/lobby/players/{ada}/events")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await stranger.GetAsync($"/api/v1/lobby/players/{ada}/socket")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");

        // Eve resumes "from" Ada's room: she is sent her own room, and nothing of Ada's.
        using var sse = await SseReader.OpenAsync(stranger, $"/api/v1/lobby/players/{eve}/events", lastEventId: $"{adas.RoomId}/1");
        var first = await sse.NextAsync("eve's room");
        Assert.Equal(("room", $"{eves.RoomId}/2"), (first.Event, first.Id));
        await JoinAsync(As(bob), bob, adas.Address);
        var dan = NewPlayer();
        await JoinAsync(As(dan), dan, eves.Address);
        var next = await sse.NextAsync("dan joining eve's room");
        Assert.Equal(("player-joined", $"{eves.RoomId}/3"), (next.Event, next.Id));
    }

    private static string Detail(JsonElement problem) => problem.GetProperty("detail").GetString()!;

    private static async Task<(int Rooms, int Games)> ActivationsAsync(HttpClient admin)
    {
        var counts = await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/admin/activations");
        int Count(string type) => counts!.Where(c => c.GetProperty("grainType").GetString()!.Contains(type, StringComparison.Ordinal))
            .Sum(c => c.GetProperty("count").GetInt32());
        return (Count(".RoomGrain"), Count(".GameGrain"));
    }
}
