using Keel.Domain.Lobby;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Keel.Grains.Interfaces.Games;
using Keel.Grains.Interfaces.Lobby;

namespace Keel.Integration.Tests;

/// <summary>The Lobby on PostgreSQL: a room fills, its game starts, and after a restart the rooms, players, games and the replay from the log are all there.</summary>
public sealed class LobbyPostgresTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(), new Keel.Grains.Interfaces.Wire.ValueJsonConverter() } };

    private readonly PostgresDatabase _database = new();
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-lobby-pg-mail-");

    [Fact]
    public async Task ARoomFillsItsGameStartsAndBothSurviveARestart()
    {
        var (ada, bob) = ($"ada-{Guid.NewGuid():N}", $"bob-{Guid.NewGuid():N}");
        RoomView room;
        await using (var first = new PostgresApiFactory(_database.ConnectionString, _mail.FullName))
        {
            var http = first.CreateClient();
            var opened = await http.PostAsJsonAsync($"/api/v1/lobby/players/{ada}/join", new { address = "friends:new:2" });
            Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
            room = (await opened.Content.ReadFromJsonAsync<RoomView>(Json))!;
            using var sse = await SseReader.OpenAsync(http, $"/api/v1/lobby/players/{ada}/events");
            Assert.Equal(("room", $"{room.RoomId}/2"), Describe(await sse.NextAsync("the room, with ada in it")));

            Assert.Equal(HttpStatusCode.OK, (await http.PostAsJsonAsync($"/api/v1/lobby/players/{bob}/join", new { address = room.Address })).StatusCode);

            Assert.Equal($"{room.RoomId}/3", (await sse.NextAsync("bob's join", Deadline)).Id);
            Assert.Equal(("room-filled-up", $"{room.RoomId}/4"), Describe(await sse.NextAsync("the fill-up", Deadline)));
            await Eventually.HoldsAsync(async () => (await http.GetAsync($"/api/v1/games/{room.RoomId}")).StatusCode == HttpStatusCode.OK,
                Deadline, $"the game of {room.RoomId}");
        }

        await using var second = new PostgresApiFactory(_database.ConnectionString, _mail.FullName);
        var again = second.CreateClient();
        var game = await again.GetFromJsonAsync<GameView>($"/api/v1/games/{room.RoomId}", Json);
        Assert.Equal([new TakenSeat(1, PlayerId.Parse(ada)), new TakenSeat(2, PlayerId.Parse(bob))], game?.Table);
        Assert.Equal(RoomStatus.Playing, (await again.GetFromJsonAsync<RoomView>($"/api/v1/lobby/rooms/{room.RoomId}", Json))?.Status);
        Assert.Equal(room.RoomId, (await again.GetFromJsonAsync<PlayerView>($"/api/v1/lobby/players/{bob}", Json))?.RoomId);
        // A new process has no recent events in memory: the replay comes from the log.
        using var resumed = await SseReader.OpenAsync(again, $"/api/v1/lobby/players/{ada}/events", lastEventId: $"{room.RoomId}/2");
        Assert.Equal(("player-joined", $"{room.RoomId}/3"), Describe(await resumed.NextAsync("bob's join, replayed", Deadline)));
        Assert.Equal(("room-filled-up", $"{room.RoomId}/4"), Describe(await resumed.NextAsync("the fill-up, replayed", Deadline)));
    }

    private static (string, string?) Describe(SseMessage message) => (message.Event, message.Id);

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _mail.Delete(recursive: true);
    }
}
