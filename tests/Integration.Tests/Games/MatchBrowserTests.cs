using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Keel.Grains.Interfaces.Lobby;
using Microsoft.Playwright;

namespace Keel.Integration.Tests;

/// <summary>
/// The match page in a real browser (Debian's Chromium), two windows, one per player (issue 19, item 6): the board is
/// drawn, both windows follow every move live, a turn nobody plays times out and both see it, and the game is played
/// to its final ranks.
/// </summary>
public sealed class MatchBrowserTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private static readonly LocatorAssertionsToHaveTextOptions Live = new() { Timeout = 30_000 };
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(), new Keel.Grains.Interfaces.Wire.ValueJsonConverter() } };
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-match-browser-mail-");
    private KeelProcess? _api;

    [Fact]
    public async Task TwoWindowsPlayAWholeGameLiveIncludingATimedOutTurn()
    {
        var (ada, bob) = ($"ada-{Guid.NewGuid():N}"[..12], $"bob-{Guid.NewGuid():N}"[..12]);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox"] });
        var gameId = await SeatAsync(ada, bob); // Ada's first turn runs from here: the browser is up already
        var refused = new System.Collections.Concurrent.ConcurrentQueue<string>();
        async Task<IPage> OpenAsync(string player)
        {
            var page = await browser.NewPageAsync();
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                {
                    refused.Enqueue(message.Text);
                }
            };
            await page.GotoAsync(new Uri(_api!.Address!, $"/games/?game={gameId}&token={TestAuth.TokenFor(player)}").ToString());
            return page;
        }
        var adas = await OpenAsync(ada);
        var bobs = await OpenAsync(bob);
        IPage[] both = [adas, bobs];

        foreach (var page in both)
        {
            await Assertions.Expect(page.Locator("#board .square")).ToHaveCountAsync(16, new() { Timeout = 30_000 });
            await Assertions.Expect(page.Locator("#board .square.lot")).ToHaveCountAsync(10);
            await Assertions.Expect(page.Locator($"#board .token[data-player='{ada}']")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator("#playing")).ToHaveTextAsync(ada, Live); // the first seat plays first
        }
        await Assertions.Expect(bobs.Locator("#roll")).ToBeDisabledAsync();

        await PlayTurnAsync(adas, ada, bob);
        foreach (var page in both)
        {
            await Assertions.Expect(page.Locator("#log li[data-event='moved']").First).ToContainTextAsync($"{ada} rolled", new() { Timeout = 30_000 });
            await Assertions.Expect(page.Locator("#playing")).ToHaveTextAsync(bob, Live);
        }

        // Bob lets his turn run out: both windows see it missed, and the turn come back to Ada.
        foreach (var page in both)
        {
            await Assertions.Expect(page.Locator("#log li[data-event='turn-missed']")).ToContainTextAsync($"{bob} missed the turn", new() { Timeout = 30_000 });
            await Assertions.Expect(page.Locator("#playing")).ToHaveTextAsync(ada, Live);
            await Assertions.Expect(page.Locator($"#players tr[data-player='{bob}'] td").Nth(4)).ToHaveTextAsync("1", Live);
        }

        await PlayTurnAsync(adas, ada, bob);
        await bobs.ClickAsync("#resign");

        foreach (var page in both)
        {
            await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("finished", Live);
            await Assertions.Expect(page.Locator("#ranks li").First).ToHaveTextAsync(ada, Live);
            await Assertions.Expect(page.Locator("#ranks li").Nth(1)).ToHaveTextAsync(bob, Live);
            await Assertions.Expect(page.Locator("#log li[data-event='finished']")).ToContainTextAsync($"{ada} won", new() { Timeout = 30_000 });
        }
        Assert.Empty(refused);
    }

    /// <summary>Rolls; declines the lot if one is offered; returns once the turn has passed to <paramref name="next"/>.</summary>
    private static async Task PlayTurnAsync(IPage page, string player, string next)
    {
        await Assertions.Expect(page.Locator("#roll")).ToBeEnabledAsync(new() { Timeout = 30_000 });
        await page.ClickAsync("#roll");
        var until = DateTime.UtcNow + Deadline;
        while ((await page.Locator("#playing").TextContentAsync()) != next)
        {
            Assert.True(DateTime.UtcNow < until, $"{player}'s turn never passed to {next}");
            if (await page.Locator("#decline").IsEnabledAsync())
            {
                await page.ClickAsync("#decline");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>Ada opens a friends room of two, Bob joins it: the room fills and its match is dealt.</summary>
    private async Task<string> SeatAsync(string ada, string bob)
    {
        using var first = _api!.CreateClient().As(TestAuth.TokenFor(ada));
        using var second = _api.CreateClient().As(TestAuth.TokenFor(bob));
        var opened = await first.PostAsJsonAsync($"/api/v1/lobby/players/{ada}/join", new { address = "friends:new:2" });
        var room = (await opened.Content.ReadFromJsonAsync<RoomView>(Json))!;
        Assert.Equal(HttpStatusCode.OK, (await second.PostAsJsonAsync($"/api/v1/lobby/players/{bob}/join", new { address = room.Address })).StatusCode);
        await Eventually.HoldsAsync(async () => (await first.GetAsync($"/api/v1/games/{room.RoomId}/match")).StatusCode == HttpStatusCode.OK, Deadline, "the match dealt");
        return room.RoomId;
    }

    // A short turn time, so one turn times out within the test (the third miss would knock Bob out; he misses one).
    public async Task InitializeAsync() => _api = await KeelProcess.StartApiAsync(new Dictionary<string, string>
    {
        ["Keel:Mail:PickupDirectory"] = _mail.FullName,
        ["Keel:Games:TurnTime"] = "00:00:10",
    });

    public async Task DisposeAsync()
    {
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }
        _mail.Delete(recursive: true);
    }
}
