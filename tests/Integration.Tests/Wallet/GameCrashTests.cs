using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Keel.Domain.Statistics;
using Keel.Grains.Hosting;
using Keel.Grains.Interfaces.Lobby;
using Keel.Grains.Interfaces.Wallet;

namespace Keel.Integration.Tests;

/// <summary>
/// Money moves once and statistics count once across kill -9 (issue 19, items 3 and 4): games are played to their end
/// and the process is killed while their money and their statistics are still on their way; after the restart every
/// wallet ends where the games put it, no hold is left, the players' money plus the house's taxes is what they were
/// granted, and the Statistics projection counts every game exactly once, before and after a rebuild.
/// </summary>
public sealed class GameCrashTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(), new Keel.Grains.Interfaces.Wire.ValueJsonConverter() } };
    private const int BuyIn = 100, Tax = 5; // a friends room's stakes

    private readonly PostgresDatabase _database = new();
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-money-crash-mail-");

    private Dictionary<string, string> Settings() => new()
    {
        [KeelSettings.Storage] = "Postgres",
        [KeelSettings.PostgresConnectionString] = _database.ConnectionString,
        [KeelSettings.ServiceId] = "keel-money-crash-test",
        ["Keel:Mail:PickupDirectory"] = _mail.FullName,
        [KeelSettings.AdminEnabled] = "true",
    };

    [Fact]
    public async Task MoneyAndStatisticsStillMovingWhenTheProcessIsKilledAreCountedOnceAfterTheRestart()
    {
        var players = Enumerable.Range(0, 8).Select(i => $"m{i}-{Guid.NewGuid():N}"[..20]).ToArray();
        var wins = players.ToDictionary(p => p, _ => 0);
        var played = players.ToDictionary(p => p, _ => 0);
        await using (var api = await KeelProcess.StartApiAsync(Settings()))
        {
            await PlayWaveAsync(api, players, wins, played, wave: 0);
            api.KillHard(); // the last games' pots, stakes and payouts are still on their way
        }
        await using var restarted = await KeelProcess.StartApiAsync(Settings());
        await PlayWaveAsync(restarted, players, wins, played, wave: 1);

        var admin = restarted.CreateClient();
        var wallets = await Eventually.GetAsync(
            () => Task.WhenAll(players.Select(p => admin.GetFromJsonAsync<WalletView>($"/api/v1/wallets/{p}", Json)!)),
            views => views.All(v => v!.Holds.Count == 0 && v.Balance == Expected(v.Owner)), Deadline,
            "every wallet where its games put it, with no hold",
            views => string.Join(", ", views.Select(v => $"{v!.Owner[..3]}: {v.Balance} (expected {Expected(v.Owner)}) holds {v.Holds.Count}")));
        var games = played.Values.Sum() / 2;
        Assert.Equal(players.Length * 1_000, wallets.Sum(w => w!.Balance) + games * 2 * Tax);

        await StandingsAsync(admin, "after the restart");
        var rebuilt = await admin.PostAsync("/api/v1/admin/projections/statistics/rebuild", null);
        Assert.True(rebuilt.StatusCode == HttpStatusCode.Accepted, $"{(int)rebuilt.StatusCode} {await rebuilt.Content.ReadAsStringAsync()}");
        await StandingsAsync(admin, "after a rebuild");

        int Expected(string player) => 1_000 - played[player] * BuyIn + wins[player] * 2 * (BuyIn - Tax);

        // Every player's games, wins and winnings as the games made them: none skipped by the crash, none counted twice.
        Task StandingsAsync(HttpClient http, string when) => Eventually.GetAsync(
            () => Task.WhenAll(players.Select(p => http.GetFromJsonAsync<PlayerStanding>($"/api/v1/statistics/players/{p}", Json)!)),
            standings => standings.All(s => s!.GamesPlayed == played[s.Player.Value] && s.Wins == wins[s.Player.Value]
                && s.Winnings == wins[s.Player.Value] * 2 * (BuyIn - Tax)),
            Deadline, $"every player's statistics counted once {when}",
            standings => string.Join(", ", standings.Select(s => $"{s!.Player.Value[..3]}: {s.GamesPlayed}/{s.Wins}/{s.Winnings} (expected {played[s.Player.Value]}/{wins[s.Player.Value]})")));
    }

    /// <summary>Four games of two at once, each played to its end by a resignation; returns once every one has ended.</summary>
    private static async Task PlayWaveAsync(KeelProcess api, string[] players, Dictionary<string, int> wins, Dictionary<string, int> played, int wave)
    {
        // Each wave pairs every even-numbered player with an odd-numbered one, a different one each wave.
        var pairs = Enumerable.Range(0, players.Length / 2).Select(i => (players[2 * i], players[(2 * i + 1 + 2 * wave) % players.Length])).ToArray();
        await Task.WhenAll(pairs.Select(async pair =>
        {
            var (first, second) = pair;
            using var a = api.CreateClient().As(TestAuth.TokenFor(first));
            using var b = api.CreateClient().As(TestAuth.TokenFor(second));
            var opened = await a.PostAsJsonAsync($"/api/v1/lobby/players/{first}/join", new { address = "friends:new:2" });
            Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
            var room = (await opened.Content.ReadFromJsonAsync<RoomView>(Json))!;
            Assert.Equal(HttpStatusCode.OK, (await b.PostAsJsonAsync($"/api/v1/lobby/players/{second}/join", new { address = room.Address })).StatusCode);
            await Eventually.HoldsAsync(async () => (await a.GetAsync($"/api/v1/games/{room.RoomId}/match")).StatusCode == HttpStatusCode.OK,
                Deadline, $"the match of {room.RoomId} dealt");
            var resigned = await b.PostAsync($"/api/v1/games/{room.RoomId}/match/resign", null);
            Assert.True(resigned.IsSuccessStatusCode, $"{(int)resigned.StatusCode} {await resigned.Content.ReadAsStringAsync()}");
        }));
        foreach (var (first, second) in pairs)
        {
            wins[first]++;
            played[first]++;
            played[second]++;
        }
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _mail.Delete(recursive: true);
    }
}
