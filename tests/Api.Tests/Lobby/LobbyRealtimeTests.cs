using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Keel.Api.Realtime;
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

        await ExpectAsync(sse, $"{r}/2", "room", m =>
        {
            Assert.Equal(3, m.Number("seats"));
            Assert.Equal([ada], m.Data.GetProperty("players").EnumerateArray().Select(s => s.GetProperty("playerId").GetString()));
        });
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
            await ExpectAsync(first, $"{r}/2", "room");
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

    /// <summary>
    /// The client acts the moment the stream is open (as a page does on <c>onopen</c>): what it caused is in the
    /// stream, on either transport. A new player has no room, so nothing else is sent first. Several players in a
    /// row, since a session that listened only after saying it was open would miss the refusal now and then.
    /// </summary>
    [Theory]
    [InlineData("sse")]
    [InlineData("socket")]
    public async Task ARefusedJoinRightAfterConnectingIsReportedWithItsReason(string transport)
    {
        for (var i = 0; i < 10; i++)
        {
            var ada = NewPlayer();
            var (kind, address, code) = transport == "sse" ? await RefusedOverSseAsync(ada) : await RefusedOverSocketAsync(ada);
            Assert.Equal(("join-failed", "friends:ZZZZZ5", "lobby.not-exist"), (kind, address, code));
        }
    }

    private async Task<(string? Event, string? Address, string? Code)> RefusedOverSseAsync(string player)
    {
        var own = factory.CreateClient().As(TestAuth.TokenFor(player));
        using var sse = await SseReader.OpenAsync(own, Events(player));
        await own.PostAsJsonAsync($"/api/v1/lobby/players/{player}/join", new { address = "friends:ZZZZZ5" });
        var message = await sse.NextAsync("the refused join");
        return (message.Event, message.Text("address"), message.Text("code"));
    }

    private async Task<(string? Event, string? Address, string? Code)> RefusedOverSocketAsync(string player)
    {
        var url = new Uri(factory.Server.BaseAddress, $"api/v1/lobby/players/{player}/socket?access_token={TestAuth.TokenFor(player)}");
        using var socket = await factory.Server.CreateWebSocketClient().ConnectAsync(url, CancellationToken.None);
        await JoinAsync(player, "friends:ZZZZZ5");
        var message = await ReceiveAsync(socket);
        var data = message.GetProperty("data");
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        return (message.GetProperty("event").GetString(), data.GetProperty("address").GetString(), data.GetProperty("code").GetString());
    }

    [Fact]
    public async Task MovingToAnotherRoomEndsTheFirstRoomsMessagesAndStartsTheNext()
    {
        var ada = NewPlayer();
        var first = await OpenAsync(ada, 3);
        using var sse = await SseReader.OpenAsync(_http, Events(ada));
        await ExpectAsync(sse, $"{first.RoomId}/2", "room");

        var second = await OpenAsync(ada, 2);

        await ExpectAsync(sse, $"{first.RoomId}/3", "player-left", m => Assert.Equal(ada, m.Text("playerId")));
        await ExpectAsync(sse, $"{first.RoomId}/4", "room-closed");
        await ExpectAsync(sse, $"{second.RoomId}/2", "room", m => Assert.Equal(second.Address, m.Text("address")));
    }

    [Fact]
    public async Task ARoomClosesWhenItsLastPlayerLeaves()
    {
        var (ada, bob) = (NewPlayer(), NewPlayer());
        var room = await OpenAsync(ada, 3);
        await JoinAsync(bob, room.Address);
        using var sse = await SseReader.OpenAsync(_http, Events(bob));
        await ExpectAsync(sse, $"{room.RoomId}/3", "room");

        await _http.PostAsync($"/api/v1/lobby/players/{ada}/leave", null);
        await _http.PostAsync($"/api/v1/lobby/players/{bob}/leave", null);

        await ExpectAsync(sse, $"{room.RoomId}/4", "player-left", m => Assert.Equal(ada, m.Text("playerId")));
        await ExpectAsync(sse, $"{room.RoomId}/5", "player-left", m => Assert.Equal(bob, m.Text("playerId")));
        await ExpectAsync(sse, $"{room.RoomId}/6", "room-closed");
        await (await _http.GetAsync($"/api/v1/lobby/rooms/{room.RoomId}")).AssertProblemAsync(HttpStatusCode.NotFound, "lobby.not-exist");
    }

    [Fact]
    public async Task ManyConnectionsToOneRoomShareOneWatchOfItsStream()
    {
        var players = Enumerable.Range(0, 4).Select(_ => NewPlayer()).ToArray();
        var room = await OpenAsync(players[0], 6);
        foreach (var player in players.Skip(1))
        {
            await JoinAsync(player, room.Address);
        }
        var watches = factory.Services.GetRequiredService<StreamWatches>();
        var before = watches.Count;
        var connections = new List<SseReader>();
        foreach (var player in players)
        {
            var sse = await SseReader.OpenAsync(_http, Events(player));
            connections.Add(sse);
            await ExpectAsync(sse, $"{room.RoomId}/5", "room");
        }

        // One watch for the room and one per player, however many connections: 5 streams, 8 listeners.
        Assert.Equal((before.Streams + 5, before.Listeners + 8), watches.Count);

        foreach (var sse in connections)
        {
            sse.Dispose();
        }
        await Eventually.HoldsAsync(() => Task.FromResult(watches.Count == before), SseReader.Deadline, "no watch once every connection closed");
    }

    [Fact]
    public async Task AWatcherOfARoomWithALongHistoryGetsItsStateNotItsHistory()
    {
        var (ada, bob) = (NewPlayer(), NewPlayer());
        var room = await OpenAsync(ada, 3);
        var grain = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IRoomGrain>(room.RoomId);
        for (var i = 0; i < 5_000; i++)
        {
            await grain.JoinAsync(bob);
            await grain.LeaveAsync(bob);
        }
        var last = 2 + (2 * 5_000);

        using var sse = await SseReader.OpenAsync(_http, Events(ada));

        await ExpectAsync(sse, $"{room.RoomId}/{last}", "room", m =>
            Assert.Equal([ada], m.Data.GetProperty("players").EnumerateArray().Select(s => s.GetProperty("playerId").GetString())));
        await JoinAsync(bob, room.Address);
        await ExpectAsync(sse, $"{room.RoomId}/{last + 1}", "player-joined", m => Assert.Equal(bob, m.Text("playerId")));
    }

    [Fact]
    public async Task AStreamEndsWhenItsTokenExpires()
    {
        var ada = NewPlayer();
        await OpenAsync(ada, 2);
        var shortLived = factory.CreateClient().As(TestAuth.TokenFor(ada, TimeSpan.FromSeconds(2)));
        using var sse = await SseReader.OpenAsync(shortLived, Events(ada));
        await sse.NextAsync("the room");

        await sse.EndAsync("the end of the stream once the token expired");
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
