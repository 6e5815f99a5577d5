using Keel.Domain.Lobby;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Keel.Grains.Interfaces.Games;
using Keel.Grains.Interfaces.Lobby;

namespace Keel.Api.Tests;

[Collection(ApiCollection.Name)]
public class LobbyApiTests(KeelApiFactory factory)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(), new Keel.Grains.Interfaces.Wire.ValueJsonConverter() } };

    private readonly HttpClient _http = factory.CreateClient();

    private static string NewPlayer() => $"api-{Guid.NewGuid():N}";

    private Task<HttpResponseMessage> JoinAsync(string player, string address) =>
        _http.PostAsJsonAsync($"/api/v1/lobby/players/{player}/join", new { address });

    private async Task<RoomView> OpenAsync(string player, int seats)
    {
        var response = await JoinAsync(player, $"friends:new:{seats}");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RoomView>(Json))!;
    }

    [Fact]
    public async Task OpeningAFriendsRoomIsCreatedWithTheRoomsLocation()
    {
        var ada = NewPlayer();

        var response = await JoinAsync(ada, "friends:new:3");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var room = await response.Content.ReadFromJsonAsync<RoomView>(Json);
        Assert.NotNull(room);
        Assert.Equal($"/api/v1/lobby/rooms/{room.RoomId}", response.Headers.Location?.OriginalString);
        Assert.Equal([new TakenSeat(1, PlayerId.Parse(ada))], room.Players);
        var read = await _http.GetFromJsonAsync<RoomView>(response.Headers.Location, Json);
        Assert.Equal(room.Address, read?.Address);
        Assert.Equal(room.Players, read?.Players);
    }

    [Fact]
    public async Task JoiningByCodeIsOkAndTheFullRoomStartsAGame()
    {
        var (ada, bob) = (NewPlayer(), NewPlayer());
        var room = await OpenAsync(ada, 2);

        var response = await JoinAsync(bob, room.Address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var full = await response.Content.ReadFromJsonAsync<RoomView>(Json);
        Assert.Equal(RoomStatus.Playing, full?.Status);
        var game = await Eventually.GetAsync(() => _http.GetAsync($"/api/v1/games/{room.RoomId}"),
            r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(10), $"the game of {room.RoomId}");
        var view = await game.Content.ReadFromJsonAsync<GameView>(Json);
        Assert.Equal([new TakenSeat(1, PlayerId.Parse(ada)), new TakenSeat(2, PlayerId.Parse(bob))], view?.Table);
        Assert.Equal(190, view?.Pot);
    }

    [Fact]
    public async Task AFullRoomIsAConflict()
    {
        var room = await OpenAsync(NewPlayer(), 2);
        await JoinAsync(NewPlayer(), room.Address);

        var response = await JoinAsync(NewPlayer(), room.Address);

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "lobby.already-full");
    }

    [Fact]
    public async Task ACodeNobodyOpenedIsNotFound()
    {
        var response = await JoinAsync(NewPlayer(), "friends:ZZZZZ3");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "lobby.not-exist");
    }

    [Theory]
    [InlineData("global:4")]
    [InlineData("friends:new:9")]
    [InlineData("friends:0O1IL2")]
    [InlineData("")]
    public async Task AMalformedAddressIsABadRequestNamingTheAddress(string address)
    {
        var response = await JoinAsync(NewPlayer(), address);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "lobby.bad-address");
        Assert.Equal(["address"], problem.ErrorFields());
    }

    [Fact]
    public async Task AMalformedPlayerIdIsABadRequest()
    {
        var response = await JoinAsync("not%20valid", "global:2");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["playerId"], problem.ErrorFields());
    }

    [Fact]
    public async Task ThePlayersStateFollowsTheirCommands()
    {
        var ada = NewPlayer();
        var room = await OpenAsync(ada, 4);

        var offlineKeeps = await _http.PutAsJsonAsync($"/api/v1/lobby/players/{ada}/wait-mode", new { mode = "OnlineAndOffline" });
        Assert.Equal(HttpStatusCode.OK, offlineKeeps.StatusCode);
        var afterOffline = await (await _http.PostAsync($"/api/v1/lobby/players/{ada}/offline", null)).Content.ReadFromJsonAsync<PlayerView>(Json);
        Assert.Equal(new PlayerView(ada, WaitMode.OnlineAndOffline, room.RoomId), afterOffline);
        var leave = await _http.PostAsync($"/api/v1/lobby/players/{ada}/leave", null);
        Assert.Equal(HttpStatusCode.OK, leave.StatusCode);

        var player = await _http.GetFromJsonAsync<PlayerView>($"/api/v1/lobby/players/{ada}", Json);
        Assert.Equal(new PlayerView(ada, WaitMode.OnlineAndOffline, null), player);
        // Its only player left: the room closed.
        await (await _http.GetAsync($"/api/v1/lobby/rooms/{room.RoomId}")).AssertProblemAsync(HttpStatusCode.NotFound, "lobby.not-exist");
    }

    [Fact]
    public async Task GoingOfflineOnlineOnlyGivesTheSeatUp()
    {
        var ada = NewPlayer();
        var room = await OpenAsync(ada, 4);

        var response = await _http.PostAsync($"/api/v1/lobby/players/{ada}/offline", null);

        Assert.Equal(new PlayerView(ada, WaitMode.OnlineOnly, null), await response.Content.ReadFromJsonAsync<PlayerView>(Json));
        // Its only player left: the room closed.
        await (await _http.GetAsync($"/api/v1/lobby/rooms/{room.RoomId}")).AssertProblemAsync(HttpStatusCode.NotFound, "lobby.not-exist");
    }

    [Theory]
    [InlineData("""{"mode":"Sometimes"}""")]
    [InlineData("""{"mode":7}""")]
    [InlineData("""{}""")]
    public async Task AnUnknownWaitModeIsABadRequest(string json)
    {
        var response = await _http.PutAsync($"/api/v1/lobby/players/{NewPlayer()}/wait-mode",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["mode"], problem.ErrorFields());
    }

    [Fact]
    public async Task AnUnopenedRoomIsNotFoundAndAMalformedIdIsABadRequest()
    {
        await (await _http.GetAsync("/api/v1/lobby/rooms/friends-ZZZZZ4")).AssertProblemAsync(HttpStatusCode.NotFound, "lobby.not-exist");
        await (await _http.GetAsync("/api/v1/lobby/rooms/nowhere")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation");
    }

    [Fact]
    public async Task AWaitingRoomHasNoGameYet()
    {
        var room = await OpenAsync(NewPlayer(), 3);

        await (await _http.GetAsync($"/api/v1/games/{room.RoomId}")).AssertProblemAsync(HttpStatusCode.NotFound, "games.not-found");
    }

    [Theory]
    [InlineData("upper")]
    [InlineData("capital")]
    [InlineData("encoded capital")]
    public async Task ATokenActsOnlyForItsExactSubjectSoOneCallerCannotTakeTwoSeats(string spelling)
    {
        var bob = $"bob{Guid.NewGuid():N}";
        var other = spelling switch
        {
            "upper" => bob.ToUpperInvariant(),
            "capital" => "B" + bob[1..],
            _ => "%42" + bob[1..],
        };
        var caller = factory.CreateClient().As(TestAuth.TokenFor(bob));
        var opened = await caller.PostAsJsonAsync($"/api/v1/lobby/players/{bob}/join", new { address = "friends:new:2" });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var room = (await opened.Content.ReadFromJsonAsync<RoomView>(Json))!;

        var joined = await caller.PostAsJsonAsync($"/api/v1/lobby/players/{other}/join", new { address = room.Address });

        await joined.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        var seats = await _http.GetFromJsonAsync<RoomView>($"/api/v1/lobby/rooms/{room.RoomId}", Json);
        Assert.Equal([new TakenSeat(1, PlayerId.Parse(bob))], seats!.Players);
    }

    [Fact]
    public async Task APlayersOwnIdInAnotherEncodingIsStillThatPlayer()
    {
        var bob = $"bob{Guid.NewGuid():N}";
        var caller = factory.CreateClient().As(TestAuth.TokenFor(bob));

        var read = await caller.GetAsync($"/api/v1/lobby/players/%62{bob[1..]}");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(bob, (await read.Content.ReadFromJsonAsync<PlayerView>(Json))!.PlayerId);
    }
}
