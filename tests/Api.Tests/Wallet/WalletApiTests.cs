using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Keel.Grains.Interfaces.Games;
using Keel.Grains.Interfaces.Lobby;
using Keel.Grains.Interfaces.Wallet;

namespace Keel.Api.Tests;

/// <summary>
/// A player's wallet over HTTP (issue 19, item 3): the starting grant, the buy-in held while they sit in a room, the
/// pot paid to the winner when the match ends, the tax to the house. Only the player (or an admin) reads it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class WalletApiTests(KeelApiFactory factory)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(), new Keel.Grains.Interfaces.Wire.ValueJsonConverter() } };
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private static string NewPlayer() => $"wallet-{Guid.NewGuid():N}";

    private HttpClient As(string player) => factory.CreateClient().As(TestAuth.TokenFor(player));

    private async Task<WalletView> WalletAsync(string player)
    {
        var response = await As(player).GetAsync($"/api/v1/wallets/{player}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<WalletView>(Json))!;
    }

    [Fact]
    public async Task TheBuyInIsHeldWhileThePlayerSitsAndTheWinnerGetsThePotLessTheTax()
    {
        var (ada, bob) = (NewPlayer(), NewPlayer());
        Assert.Equal((1_000, 0), ((await WalletAsync(ada)).Balance, (await WalletAsync(ada)).Holds.Count)); // the grant, before any use

        var opened = await As(ada).PostAsJsonAsync($"/api/v1/lobby/players/{ada}/join", new { address = "friends:new:2" });
        var room = (await opened.Content.ReadFromJsonAsync<RoomView>(Json))!;
        var holding = await Eventually.GetAsync(() => WalletAsync(ada), w => w.Holds.Count > 0, Deadline, "ada's buy-in held");
        Assert.Equal((900, 100), (holding.Balance, holding.Holds[room.RoomId]));

        Assert.True((await As(bob).PostAsJsonAsync($"/api/v1/lobby/players/{bob}/join", new { address = room.Address })).IsSuccessStatusCode);
        await Eventually.GetAsync(() => As(ada).GetAsync($"/api/v1/games/{room.RoomId}/match"), r => r.StatusCode == HttpStatusCode.OK, Deadline, "the match dealt");
        Assert.True((await As(ada).PostAsync($"/api/v1/games/{room.RoomId}/match/resign", null)).IsSuccessStatusCode);

        var won = await Eventually.GetAsync(() => WalletAsync(bob), w => w.Balance > 1_000, Deadline, "bob paid the pot");
        Assert.Equal((1_000 - 100 + 2 * (100 - 5), 0), (won.Balance, won.Holds.Count));
        var lost = await Eventually.GetAsync(() => WalletAsync(ada), w => w.Holds.Count == 0, Deadline, "ada's buy-in spent");
        Assert.Equal(900, lost.Balance);
    }

    [Fact]
    public async Task AnotherPlayersWalletIsForbiddenAndAnAdminReadsAny()
    {
        var (ada, bob) = (NewPlayer(), NewPlayer());

        await (await As(ada).GetAsync($"/api/v1/wallets/{bob}")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await As(ada).GetAsync($"/api/v1/wallets/{ada.ToUpperInvariant()}")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        var admin = factory.CreateClient().AsAdmin();
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/wallets/{bob}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync($"/api/v1/wallets/{Uri.EscapeDataString(WalletService.House)}")).StatusCode);
    }
}
