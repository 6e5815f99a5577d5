using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Keel.Grains.Hosting;
using Keel.Grains.Interfaces.Games;
using Keel.Grains.Interfaces.Lobby;

namespace Keel.Integration.Tests;

/// <summary>
/// A turn's timeout survives kill -9 (issue 19, item 2): the match is dealt, the process killed before the turn's
/// deadline and started again after it; the turn is missed then — late, once — and the next turn gets its own deadline.
/// </summary>
public sealed class MatchTimeoutCrashTests : IAsyncLifetime
{
    private static readonly TimeSpan TurnTime = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(), new Keel.Grains.Interfaces.Wire.ValueJsonConverter() } };

    private readonly PostgresDatabase _database = new();
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-timeout-crash-mail-");

    private Dictionary<string, string> Settings() => new()
    {
        [KeelSettings.Storage] = "Postgres",
        [KeelSettings.PostgresConnectionString] = _database.ConnectionString,
        [KeelSettings.ServiceId] = "keel-timeout-crash-test",
        ["Keel:Mail:PickupDirectory"] = _mail.FullName,
        ["Keel:Games:TurnTime"] = TurnTime.ToString(),
    };

    [Fact]
    public async Task ATurnWhoseDeadlinePassedWhileTheProcessWasDeadIsMissedOnceAfterTheRestart()
    {
        var (ada, bob) = ($"ada-{Guid.NewGuid():N}", $"bob-{Guid.NewGuid():N}");
        string gameId;
        DateTimeOffset dealtBy;
        await using (var api = await KeelProcess.StartApiAsync(Settings()))
        {
            using var http = api.CreateClient();
            var opened = await http.PostAsJsonAsync($"/api/v1/lobby/players/{ada}/join", new { address = "friends:new:2" });
            Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
            var room = (await opened.Content.ReadFromJsonAsync<RoomView>(Json))!;
            Assert.Equal(HttpStatusCode.OK, (await http.PostAsJsonAsync($"/api/v1/lobby/players/{bob}/join", new { address = room.Address })).StatusCode);
            gameId = room.RoomId;
            var dealt = await Eventually.GetAsync(() => MatchAsync(http, gameId), m => m is not null, Deadline, $"the match of {gameId} dealt");
            dealtBy = DateTimeOffset.UtcNow;
            Assert.Equal((1, 0), (dealt!.Turn, dealt.Players.Single(p => p.Player.Value == ada).Misses));
            api.KillHard();
        }
        var sinceDeal = DateTimeOffset.UtcNow - dealtBy;
        Assert.True(sinceDeal < TurnTime, $"The process was killed {sinceDeal.TotalSeconds:0.0} s after the deal, after its first turn's deadline: the test proves nothing.");
        // The deadline passes while no process runs.
        await Task.Delay(TurnTime - sinceDeal + TimeSpan.FromSeconds(1));

        await using var restarted = await KeelProcess.StartApiAsync(Settings());
        using var client = restarted.CreateClient();
        var missed = await Eventually.GetAsync(() => MatchAsync(client, gameId), m => m!.Turn >= 2, Deadline, "ada's turn missed after the restart", m => $"turn {m?.Turn}");
        Assert.Equal(1, missed!.Players.Single(p => p.Player.Value == ada).Misses);
        // Bob's turn has a deadline of its own, counted from the missed turn: when it has run out too, the log holds
        // exactly one miss for each turn.
        var next = await Eventually.GetAsync(() => MatchAsync(client, gameId), m => m!.Turn >= 3, Deadline, "bob's turn missed", m => $"turn {m?.Turn}");
        Assert.Equal((1, 1), (next!.Players.Single(p => p.Player.Value == ada).Misses, next.Players.Single(p => p.Player.Value == bob).Misses));
        Assert.Equal(2L, await _database.ScalarAsync<long>(
            $"SELECT count(*) FROM keel_events WHERE stream = 'keel.games.match/{gameId}' AND event_type LIKE '%turn-missed%'"));
    }

    private static async Task<MatchView?> MatchAsync(HttpClient http, string gameId)
    {
        var response = await http.GetAsync($"/api/v1/games/{gameId}/match");
        return response.StatusCode == HttpStatusCode.NotFound ? null : await response.Content.ReadFromJsonAsync<MatchView>(Json);
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _mail.Delete(recursive: true);
    }
}
