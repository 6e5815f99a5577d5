using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Keel.Grains.Email;
using Microsoft.Extensions.DependencyInjection;

namespace Keel.Integration.Tests;

/// <summary>
/// A database written by the build at 37bd3df (Fixtures/keel-37bd3df.sql, made by Fixtures/make-previous-build-database.sh)
/// is read by this build as it is: users, mails, rooms, a game, a snapshot, an idempotency key, and a registration whose
/// event still waited for the Email service — which this build delivers, once.
/// </summary>
public sealed class PreviousBuildDatabaseTests : IAsyncLifetime
{
    private const string Fixture = "keel-37bd3df";

    private readonly PostgresDatabase _database = new();
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-previous-build-mail-");
    private readonly SwitchableMailSender _sender = new();

    [Fact]
    public async Task EverythingThePreviousBuildStoredIsReadAndItsQueuedEventIsDeliveredOnce()
    {
        var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(FixtureFile(".json"))).RootElement;
        var (welcomed, queued, keyed) = (manifest.GetProperty("welcomed"), manifest.GetProperty("queued"), manifest.GetProperty("keyed"));
        await _database.ExecuteAsync(await File.ReadAllTextAsync(FixtureFile(".sql")));
        await ContinueTheWritersTransactionIdsAsync();

        await using var app = new PostgresApiFactory(_database.ConnectionString, _mail.FullName,
            services => services.AddSingleton<IMailSender>(_sender));
        var http = app.CreateClient();

        var user = await GetAsync(http, $"/api/v1/users/{welcomed.GetProperty("userId").GetString()}");
        Assert.Equal(welcomed.GetProperty("email").GetString(), user.GetProperty("email").GetString());
        Assert.Equal(welcomed.GetProperty("name").GetString(), user.GetProperty("name").GetString());
        var mails = await GetAsync(http, $"/api/v1/email/messages?to={welcomed.GetProperty("email").GetString()}");
        Assert.Equal($"welcome.{welcomed.GetProperty("userId").GetString()}", Assert.Single(mails.EnumerateArray()).GetProperty("id").GetString());
        var taken = await http.PostAsJsonAsync("/api/v1/users", new { email = welcomed.GetProperty("email").GetString(), name = "Eve" });
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        // One address in any case: the previous build's mixed-case keys now answer to the address in lower case.
        var lower = welcomed.GetProperty("email").GetString()!.ToLowerInvariant();
        Assert.Equal(HttpStatusCode.Conflict, (await http.PostAsJsonAsync("/api/v1/users", new { email = lower, name = "Eve" })).StatusCode);
        Assert.Single((await GetAsync(app.CreateClient().As(TestAuth.TokenFor(welcomed.GetProperty("userId").GetString()!)), $"/api/v1/email/messages?to={lower}")).EnumerateArray());

        // The queued registration is welcomed once; the fill-up whose checkpoint was not saved starts no second game.
        var graceEmail = queued.GetProperty("email").GetString()!;
        await Eventually.GetAsync(() => Task.FromResult(_sender.Sent), s => s.Any(m => m.To == graceEmail), TimeSpan.FromSeconds(40),
            "the welcome mail the previous build left queued", s => $"{s.Count} sent");
        await Eventually.GetAsync(_database.BridgeBacklogAsync, b => b.IsEmpty, TimeSpan.FromSeconds(30), "every stored event delivered");
        Assert.Single(_sender.Sent, m => m.To == graceEmail);
        Assert.DoesNotContain(_sender.Sent, m => m.To == welcomed.GetProperty("email").GetString());
        Assert.Single((await GetAsync(http, $"/api/v1/email/messages?to={graceEmail}")).EnumerateArray());

        // The previous build kept every anonymous key in one shared scope ('anonymous'), so any client with the key and the
        // body got the stored outcome, another client's user id included. Anonymous keys are now the client's own (its
        // address): the shared-scope key is not replayed; the repeat runs and finds the address taken.
        using var replay = new HttpRequestMessage(HttpMethod.Post, "/api/v1/users")
        {
            Content = new StringContent($$"""{"email":"{{keyed.GetProperty("email").GetString()}}","name":"{{keyed.GetProperty("name").GetString()}}"}""",
                Encoding.UTF8, "application/json"),
        };
        replay.Headers.Add("Idempotency-Key", keyed.GetProperty("idempotencyKey").GetString());
        using var replayed = await app.CreateClient().As(null).SendAsync(replay);
        Assert.Equal(HttpStatusCode.Conflict, replayed.StatusCode);
        Assert.False(replayed.Headers.Contains("Idempotent-Replayed"));
        Assert.DoesNotContain(keyed.GetProperty("userId").GetString()!, await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The Lobby: a room that filled up and its game, a waiting room, wait modes, a player read from a snapshot.
        var playing = manifest.GetProperty("playingRoom").GetString();
        var room = await GetAsync(http, $"/api/v1/lobby/rooms/{playing}");
        Assert.Equal("Playing", room.GetProperty("status").GetString());
        Assert.Equal(["ada", "bob"], room.GetProperty("players").EnumerateArray().Select(p => p.GetProperty("playerId").GetString()));
        var game = await GetAsync(http, $"/api/v1/games/{playing}");
        Assert.Equal(2 * (100 - 5), game.GetProperty("pot").GetInt32());
        var waiting = await GetAsync(http, $"/api/v1/lobby/rooms/{manifest.GetProperty("waitingRoom").GetString()}");
        Assert.Equal("Waiting", waiting.GetProperty("status").GetString());
        var carol = await GetAsync(http, "/api/v1/lobby/players/carol");
        Assert.Equal("OnlineAndOffline", carol.GetProperty("waitMode").GetString());
        Assert.Equal(waiting.GetProperty("roomId").GetString(), carol.GetProperty("roomId").GetString());
        Assert.Equal("global2-1", (await GetAsync(http, "/api/v1/lobby/players/dave")).GetProperty("roomId").GetString());
        Assert.Equal(1L, await _database.ScalarAsync<long>("SELECT count(*) FROM keel_snapshots WHERE stream = 'keel.lobby.player/erin'"));
        var erin = await GetAsync(http, "/api/v1/lobby/players/erin");
        Assert.Equal(JsonValueKind.Null, erin.GetProperty("roomId").ValueKind);
        var rejoined = await http.PostAsJsonAsync("/api/v1/lobby/players/erin/join", new { address = "friends:new:2" });
        Assert.Equal(HttpStatusCode.Created, rejoined.StatusCode);
    }

    /// <summary>
    /// The log orders deliveries by the id of the writing transaction, which counts per server. The fixture was written
    /// on another server: move its ids below this server's, in order, as if this server had written them.
    /// </summary>
    private async Task ContinueTheWritersTransactionIdsAsync()
    {
        var shift = await _database.ScalarAsync<long>(
            "SELECT pg_current_xact_id()::text::bigint - (SELECT max(tx_id) FROM keel_events) - 1");
        await _database.ExecuteAsync($"UPDATE keel_events SET tx_id = tx_id + ({shift}); UPDATE keel_stream_checkpoints SET tx_id = tx_id + ({shift})");
    }

    private static async Task<JsonElement> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string FixtureFile(string extension) => Path.Combine(AppContext.BaseDirectory, "Fixtures", Fixture + extension);

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _mail.Delete(recursive: true);
    }
}
