using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization;
using Keel.Grains.Interfaces.Lobby;

namespace Keel.Integration.Tests;

/// <summary>
/// Presence (issue 19, item 5) with real sockets on a real process: a player is online while a realtime connection of
/// theirs is open, offline a grace period after the last one closed, online again when one opens; the wait mode
/// decides whether going offline costs them their seat, and so whether they are at the table when the room fills.
/// </summary>
public sealed class PresenceTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(), new Keel.Grains.Interfaces.Wire.ValueJsonConverter() } };
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-presence-mail-");
    private KeelProcess _api = null!;

    public async Task InitializeAsync() => _api = await KeelProcess.StartApiAsync(new Dictionary<string, string>
    {
        ["Keel:Mail:PickupDirectory"] = _mail.FullName,
        ["Keel:Presence:Grace"] = "00:00:01",
    });

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _mail.Delete(recursive: true);
    }

    private static string NewPlayer(string name) => $"{name}-{Guid.NewGuid():N}"[..24];

    private HttpClient As(string player) => _api.CreateClient().As(TestAuth.TokenFor(player));

    private Task<PlayerView> PlayerAsync(string player) => As(player).GetFromJsonAsync<PlayerView>($"/api/v1/lobby/players/{player}", Json)!;

    private async Task<ClientWebSocket> ConnectAsync(string player)
    {
        var socket = new ClientWebSocket();
        var uri = new UriBuilder(_api.Address!) { Scheme = "ws", Path = $"/api/v1/lobby/players/{player}/socket", Query = $"access_token={TestAuth.TokenFor(player)}" }.Uri;
        using var timeout = new CancellationTokenSource(Deadline);
        await socket.ConnectAsync(uri, timeout.Token); // accepted: the connection counts from here
        return socket;
    }

    private static async Task CloseAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(Deadline);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        socket.Dispose();
    }

    private async Task<RoomView> JoinAsync(string player, string address)
    {
        var joined = await As(player).PostAsJsonAsync($"/api/v1/lobby/players/{player}/join", new { address });
        Assert.True(joined.IsSuccessStatusCode, $"{(int)joined.StatusCode} {await joined.Content.ReadAsStringAsync()}");
        return (await joined.Content.ReadFromJsonAsync<RoomView>(Json))!;
    }

    private async Task WaitOfflineAsync(string player) =>
        Assert.Equal(HttpStatusCode.OK, (await As(player).PutAsJsonAsync($"/api/v1/lobby/players/{player}/wait-mode", new { mode = "OnlineAndOffline" })).StatusCode);

    private Task<PlayerView> EventuallyAsync(string player, Func<PlayerView, bool> holds, string what) =>
        Eventually.GetAsync(() => PlayerAsync(player), holds, Deadline, what, view => $"{view}");

    [Fact]
    public async Task APlayerIsOnlineWhileASocketIsOpenAndOfflineAGraceAfterTheLastClosesAndTheWaitModeDecidesTheSeat()
    {
        var (ada, bob) = (NewPlayer("ada"), NewPlayer("bob"));
        Assert.False((await PlayerAsync(ada)).Online);
        var room = await JoinAsync(ada, "friends:new:3");
        await WaitOfflineAsync(bob);
        await JoinAsync(bob, room.Address);
        var adaFirst = await ConnectAsync(ada);
        var adaSecond = await ConnectAsync(ada);
        var bobs = await ConnectAsync(bob);
        await EventuallyAsync(ada, v => v.Online, "ada online");
        await EventuallyAsync(bob, v => v.Online, "bob online");

        await CloseAsync(adaFirst);
        await CloseAsync(bobs);
        // Bob going offline is the marker that a grace period has passed since Ada closed one of her two sockets.
        var bobOffline = await EventuallyAsync(bob, v => !v.Online, "bob offline a grace period after his socket closed");
        Assert.Equal(room.RoomId, bobOffline.RoomId); // he waits online and offline: still seated
        var adaStill = await PlayerAsync(ada);
        Assert.True(adaStill.Online, "one of ada's two sockets is still open");
        Assert.Equal(room.RoomId, adaStill.RoomId);

        await CloseAsync(adaSecond);
        var adaOffline = await EventuallyAsync(ada, v => !v.Online, "ada offline after her last socket closed");
        Assert.Null(adaOffline.RoomId); // she waits online only: she left the room

        var back = await ConnectAsync(ada);
        await EventuallyAsync(ada, v => v.Online, "ada online again");
        await CloseAsync(back);
    }

    /// <summary>
    /// A client that closes at once, while the server is still sending it its first message, gets its close answered
    /// (a close handshake, not a reset): a send in flight when the close arrives finishes first. Every round is a race
    /// between the client's close and the server's first message; on a loaded CI machine one such race (in the test
    /// below) ended in a reset when the close cancelled the send, which aborts a WebSocket. An idle machine rarely
    /// loses the race, so this guards the fix rather than forcing the failure.
    /// </summary>
    [Fact]
    public async Task AClientThatClosesAtOnceGetsItsCloseAnsweredNotAReset()
    {
        // A player per round (a caller may open only so many connections a second); each socket's first message is
        // the player's state.
        for (var round = 0; round < 40; round++)
        {
            var socket = await ConnectAsync(NewPlayer("fay"));
            await CloseAsync(socket); // throws on a reset
            Assert.Equal(WebSocketState.Closed, socket.State);
        }
    }

    [Fact]
    public async Task AnOfflinePlayerWhoWaitsOfflineIsAtTheTableWhenTheRoomFills()
    {
        var (dan, erin) = (NewPlayer("dan"), NewPlayer("erin"));
        await WaitOfflineAsync(dan);
        var room = await JoinAsync(dan, "friends:new:2");
        await CloseAsync(await ConnectAsync(dan));
        await EventuallyAsync(dan, v => !v.Online, "dan offline");

        await JoinAsync(erin, room.Address);

        var game = await Eventually.GetAsync(() => As(erin).GetAsync($"/api/v1/games/{room.RoomId}"), r => r.StatusCode == HttpStatusCode.OK, Deadline, "the game started");
        var body = await game.Content.ReadAsStringAsync();
        Assert.Contains(dan, body, StringComparison.Ordinal);
        Assert.Contains(erin, body, StringComparison.Ordinal);
    }
}
