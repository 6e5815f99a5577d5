using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Keel.Grains.Interfaces.Lobby;
using Keel.Grains.Hosting;

namespace Keel.Integration.Tests;

/// <summary>A realtime connection held by a client Api keeps receiving while the silo hosting its room is killed and the room moves.</summary>
public sealed class LobbyFailoverTests : IAsyncLifetime
{
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(90);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(), new Keel.Grains.Interfaces.Wire.ValueJsonConverter() } };

    private readonly PostgresDatabase _database = new();
    private readonly KeelProcesses _processes = new();

    private Dictionary<string, string> Settings() => new()
    {
        [KeelSettings.Storage] = "Postgres",
        [KeelSettings.PostgresConnectionString] = _database.ConnectionString,
        [KeelSettings.ServiceId] = "keel-lobby-failover-test",
    };

    [Fact]
    public async Task AConnectionKeepsReceivingWhenTheRoomsSiloIsKilled()
    {
        var doomed = await StartAsync(KeelProcess.StartSiloAsync(Settings()));
        var clientSettings = Settings();
        clientSettings[KeelSettings.Mode] = "Client";
        var api = await StartAsync(KeelProcess.StartApiAsync(clientSettings));
        using var http = api.CreateClient();
        var (ada, bob) = ($"ada-{Guid.NewGuid():N}", $"bob-{Guid.NewGuid():N}");
        // With one silo, the room, its watchers and the subscriptions all live on the silo about to die.
        var opened = await http.PostAsJsonAsync($"/api/v1/lobby/players/{ada}/join", new { address = "friends:new:4" });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var room = (await opened.Content.ReadFromJsonAsync<RoomView>(Json))!;
        using var events = new HttpClient { BaseAddress = api.Address, Timeout = Timeout.InfiniteTimeSpan }.As(TestAuth.TokenFor(ada));
        using var sse = await SseReader.OpenAsync(events, $"/api/v1/lobby/players/{ada}/events");
        Assert.Equal(($"{room.RoomId}/2", "room"), Describe(await sse.NextAsync("the room, with ada in it")));

        await StartAsync(KeelProcess.StartSiloAsync(Settings()));
        doomed.KillHard();
        // Joining is idempotent, so a join refused while the cluster notices the death is simply asked again.
        await Eventually.HoldsAsync(
            async () => (await http.PostAsJsonAsync($"/api/v1/lobby/players/{bob}/join", new { address = room.Address })).StatusCode == HttpStatusCode.OK,
            Recovery, "bob's join accepted by the surviving silo");

        var joined = await sse.NextAsync("bob's join on the connection opened before the kill", Recovery);
        Assert.Equal(($"{room.RoomId}/3", "player-joined"), Describe(joined));
        Assert.Equal(bob, joined.Text("playerId"));
    }

    private static (string?, string) Describe(SseMessage message) => (message.Id, message.Event);

    private Task<KeelProcess> StartAsync(Task<KeelProcess> starting) => _processes.StartAsync(starting);

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _processes.StopAllAsync();
        await _database.DisposeAsync();
    }
}
