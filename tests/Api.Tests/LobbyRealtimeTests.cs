using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Keel.Grains.Interfaces.Lobby;
using Microsoft.Extensions.DependencyInjection;

namespace Keel.Api.Tests;

[Collection(ApiCollection.Name)]
public class LobbyRealtimeTests(KeelApiFactory factory)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(), new Keel.Grains.Interfaces.Wire.ValueJsonConverter() } };

    private readonly HttpClient _http = factory.CreateClient();

    private static string NewPlayer() => $"rt-{Guid.NewGuid():N}";

    private static string Events(string player) => $"/api/v1/lobby/players/{player}/events";

    private async Task<HttpResponseMessage> JoinAsync(string player, string address) =>
        await _http.PostAsJsonAsync($"/api/v1/lobby/players/{player}/join", new { address });

    private async Task<RoomView> OpenAsync(string player, int seats)
    {
        var response = await JoinAsync(player, $"friends:new:{seats}");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RoomView>(Json))!;
    }

    private static async Task ExpectAsync(SseReader sse, string id, string name, Action<SseMessage>? check = null)
    {
        var message = await sse.NextAsync($"{name} {id}");
        Assert.Equal((id, name), (message.Id, message.Event));
        check?.Invoke(message);
    }

    [Fact]
    public async Task APlayerSeesOthersJoinAndLeaveAndTheRoomFillUp()
    {
        var (ada, bob, cy, dan) = (NewPlayer(), NewPlayer(), NewPlayer(), NewPlayer());
        var room = await OpenAsync(ada, 3);
        using var sse = await SseReader.OpenAsync(_http, Events(ada));
        Assert.Equal("text/event-stream", sse.Response.Content.Headers.ContentType?.MediaType);
        var r = room.RoomId;

        await ExpectAsync(sse, $"{r}/1", "room-created", m => Assert.Equal(3, m.Number("seats")));
        await ExpectAsync(sse, $"{r}/2", "player-joined", m => Assert.Equal(ada, m.Text("playerId")));
        await JoinAsync(bob, room.Address);
        await ExpectAsync(sse, $"{r}/3", "player-joined", m => Assert.Equal((bob, 2), (m.Text("playerId"), m.Number("seat"))));
        await _http.PostAsync($"/api/v1/lobby/players/{bob}/leave", null);
        await ExpectAsync(sse, $"{r}/4", "player-left", m => Assert.Equal((bob, 100), (m.Text("playerId"), m.Number("refund"))));
        await JoinAsync(cy, room.Address);
        await JoinAsync(dan, room.Address);
        await ExpectAsync(sse, $"{r}/5", "player-joined");
        await ExpectAsync(sse, $"{r}/6", "player-joined");
        await ExpectAsync(sse, $"{r}/7", "room-filled-up", m =>
        {
            Assert.Equal([ada, cy, dan], m.Data.GetProperty("table").EnumerateArray().Select(s => s.GetProperty("playerId").GetString()));
            Assert.Equal(3 * 95, m.Number("pot"));
        });
    }

    [Fact]
    public async Task AReconnectionWithLastEventIdGetsWhatItMissedInOrderOnce()
    {
        var (ada, bob, cy) = (NewPlayer(), NewPlayer(), NewPlayer());
        var room = await OpenAsync(ada, 3);
        var r = room.RoomId;
        using (var first = await SseReader.OpenAsync(_http, Events(ada)))
        {
            await ExpectAsync(first, $"{r}/1", "room-created");
            await ExpectAsync(first, $"{r}/2", "player-joined");
        }
        await JoinAsync(bob, room.Address);
        await JoinAsync(cy, room.Address);

        using var again = await SseReader.OpenAsync(_http, Events(ada), lastEventId: $"{r}/2");

        await ExpectAsync(again, $"{r}/3", "player-joined", m => Assert.Equal(bob, m.Text("playerId")));
        await ExpectAsync(again, $"{r}/4", "player-joined", m => Assert.Equal(cy, m.Text("playerId")));
        await ExpectAsync(again, $"{r}/5", "room-filled-up");
        // The marker: a refused join comes next, so nothing was sent twice before it.
        await JoinAsync(ada, "global:9");
        var marker = await again.NextAsync("the refused join");
        Assert.Equal(("join-failed", null), (marker.Event, marker.Id));
    }

    [Fact]
    public async Task ARefusedJoinIsReportedWithItsReason()
    {
        var ada = NewPlayer();
        using var sse = await SseReader.OpenAsync(_http, Events(ada));

        await JoinAsync(ada, "friends:ZZZZZ5");

        var message = await sse.NextAsync("the refused join");
        Assert.Equal("join-failed", message.Event);
        Assert.Equal(("friends:ZZZZZ5", "lobby.not-exist"), (message.Text("address"), message.Text("code")));
    }

    [Fact]
    public async Task MovingToAnotherRoomEndsTheFirstRoomsMessagesAndStartsTheNext()
    {
        var ada = NewPlayer();
        var first = await OpenAsync(ada, 3);
        using var sse = await SseReader.OpenAsync(_http, Events(ada));
        await ExpectAsync(sse, $"{first.RoomId}/1", "room-created");
        await ExpectAsync(sse, $"{first.RoomId}/2", "player-joined");

        var second = await OpenAsync(ada, 2);

        await ExpectAsync(sse, $"{first.RoomId}/3", "player-left", m => Assert.Equal(ada, m.Text("playerId")));
        await ExpectAsync(sse, $"{second.RoomId}/1", "room-created");
        await ExpectAsync(sse, $"{second.RoomId}/2", "player-joined");
    }

    [Fact]
    public async Task ManyConnectionsToOneRoomCostOneRegistrationPerProcess()
    {
        var players = Enumerable.Range(0, 4).Select(_ => NewPlayer()).ToArray();
        var room = await OpenAsync(players[0], 6);
        foreach (var player in players.Skip(1))
        {
            await JoinAsync(player, room.Address);
        }
        var watchers = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ILobbyWatchersGrain>(LobbyWatch.Room(room.RoomId));
        var connections = new List<SseReader>();
        foreach (var player in players)
        {
            var sse = await SseReader.OpenAsync(_http, Events(player));
            connections.Add(sse);
            await ExpectAsync(sse, $"{room.RoomId}/1", "room-created");
        }

        Assert.Equal(1, await watchers.CountAsync());

        foreach (var sse in connections)
        {
            sse.Dispose();
        }
        await Eventually.HoldsAsync(async () => await watchers.CountAsync() == 0, SseReader.Deadline, "no registration once every connection closed");
    }

    [Fact]
    public async Task AWebSocketReceivesTheSameMessagesAndResumes()
    {
        var (ada, bob) = (NewPlayer(), NewPlayer());
        var room = await OpenAsync(ada, 3);
        var client = factory.Server.CreateWebSocketClient();
        var url = new Uri(factory.Server.BaseAddress, $"api/v1/lobby/players/{ada}/socket?lastEventId={room.RoomId}/1&access_token={TestAuth.TokenFor(ada)}");
        using var socket = await client.ConnectAsync(url, CancellationToken.None);

        var joined = await ReceiveAsync(socket);
        Assert.Equal(($"{room.RoomId}/2", "player-joined"), (joined.GetProperty("id").GetString(), joined.GetProperty("event").GetString()));
        await JoinAsync(bob, room.Address);
        var next = await ReceiveAsync(socket);
        Assert.Equal($"{room.RoomId}/3", next.GetProperty("id").GetString());
        Assert.Equal(bob, next.GetProperty("data").GetProperty("playerId").GetString());

        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
    }

    [Fact]
    public async Task AMalformedPlayerCannotConnect()
    {
        var response = await _http.GetAsync(Events("not%20valid"));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation");
    }

    private static async Task<JsonElement> ReceiveAsync(WebSocket socket)
    {
        using var deadline = new CancellationTokenSource(SseReader.Deadline);
        var buffer = new byte[16 * 1024];
        var result = await socket.ReceiveAsync(buffer, deadline.Token);
        Assert.True(result.EndOfMessage);
        return JsonDocument.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count)).RootElement;
    }
}
