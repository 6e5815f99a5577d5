using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Keel.Integration.Tests;

/// <summary>
/// The hot-seat match in a real browser (Debian's Chromium) with no server (issue 19, item 7): the page loads the Games
/// service's rules — the Keel.Domain assembly the silos run — into .NET's WebAssembly runtime, then the Api is stopped
/// and the browser taken offline, and two players at one screen play a scripted game to its final ranks: a lot bought,
/// its rent paid, a turn that times out on the page's own clock, a resignation.
/// </summary>
public sealed class OfflineMatchBrowserTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly LocatorAssertionsToHaveTextOptions Soon = new() { Timeout = 15_000 };
    private readonly DirectoryInfo _elsewhere = Directory.CreateTempSubdirectory("keel-offline-match-cwd-");
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-offline-match-mail-");
    private KeelProcess? _api;

    [Fact]
    public async Task TwoPlayersAtOneScreenPlayAGameToItsRanksWithTheServerGone()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox"] });
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                problems.Enqueue($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Enqueue(error);
        var domain = new ConcurrentQueue<string>();
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/_framework/Keel.Domain.", StringComparison.Ordinal) && response.Status == 200)
            {
                domain.Enqueue(response.Url);
            }
        };

        // Dice: Ada 2 + 2 (to Station Road, on offer for 100), Bob 1 + 3 (onto Ada's lot: rent 12). Turns of 5 seconds.
        await page.GotoAsync(new Uri(_api!.Address!, "/games/offline/?players=ada,bob&turn=5&dice=2,2,1,3").ToString());
        await Assertions.Expect(page.Locator("#start")).ToBeVisibleAsync(new() { Timeout = 60_000 }); // .NET and Domain loaded
        Assert.NotEmpty(domain);

        await _api.DisposeAsync();
        _api = null;
        await context.SetOfflineAsync(true);
        var requests = new ConcurrentQueue<string>();
        page.Request += (_, request) => requests.Enqueue(request.Url);

        await page.ClickAsync("#start");
        await Assertions.Expect(page.Locator("#board .square")).ToHaveCountAsync(16);
        await Assertions.Expect(page.Locator("#board .square.lot")).ToHaveCountAsync(10);
        await Assertions.Expect(page.Locator("#board .token")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#playing")).ToHaveTextAsync("ada");

        await page.ClickAsync("#roll");
        await Assertions.Expect(page.Locator("#offer")).ToContainTextAsync("Station Road for 100");
        await Assertions.Expect(page.Locator("#roll")).ToBeDisabledAsync();
        await page.ClickAsync("#buy");
        await Assertions.Expect(page.Locator("#board .square[data-square='4']")).ToHaveAttributeAsync("data-owner", "ada");
        await Assertions.Expect(page.Locator("#playing")).ToHaveTextAsync("bob");
        await Assertions.Expect(Cell(page, "ada", 2)).ToHaveTextAsync("400");

        await page.ClickAsync("#roll");
        await Assertions.Expect(page.Locator("#log li[data-event='rent-paid']")).ToHaveTextAsync("bob paid 12 rent to ada");
        await Assertions.Expect(Cell(page, "bob", 2)).ToHaveTextAsync("488");
        await Assertions.Expect(Cell(page, "ada", 2)).ToHaveTextAsync("412");
        await Assertions.Expect(page.Locator("#playing")).ToHaveTextAsync("ada");

        // Ada lets turn 3 run out: the page's alarm sends the match its TimeOut, as the silo's would.
        await Assertions.Expect(page.Locator("#log li[data-event='turn-missed']")).ToHaveTextAsync("ada missed the turn 3", Soon);
        await Assertions.Expect(Cell(page, "ada", 4)).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("#playing")).ToHaveTextAsync("bob");

        await page.ClickAsync("#resign");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("finished");
        await Assertions.Expect(page.Locator("#ranks li")).ToHaveTextAsync(["ada", "bob"]);
        await Assertions.Expect(page.Locator("#log li[data-event='finished']")).ToHaveTextAsync("ada wins");
        await Assertions.Expect(page.Locator("#roll")).ToBeDisabledAsync();

        Assert.Empty(requests);
        Assert.True(problems.IsEmpty, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task ABadTableIsRefusedOnThePageAndNothingStarts()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(_api!.Address!, "/games/offline/?players=ada,ada").ToString());
        await Assertions.Expect(page.Locator("#start")).ToBeVisibleAsync(new() { Timeout = 60_000 });

        await page.ClickAsync("#start");
        await Assertions.Expect(page.Locator("#error")).ToHaveTextAsync("Each player once.");
        await page.FillAsync("#players-input", "ada,bob,not a name");
        await page.ClickAsync("#start");
        await Assertions.Expect(page.Locator("#error")).ToContainTextAsync("1 to 64 letters");
        await Assertions.Expect(page.Locator("#board")).ToHaveCountAsync(0);
        await page.FillAsync("#players-input", "ada,bob,cy");
        await page.ClickAsync("#start");
        await Assertions.Expect(page.Locator("#board .token")).ToHaveCountAsync(3);
    }

    private static ILocator Cell(IPage page, string player, int column) => page.Locator($"#players tr[data-player='{player}'] td").Nth(column);

    public async Task InitializeAsync() => _api = await KeelProcess.StartApiAsync(
        new Dictionary<string, string> { ["Keel:Mail:PickupDirectory"] = _mail.FullName }, workingDirectory: _elsewhere.FullName);

    public async Task DisposeAsync()
    {
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }
        _mail.Delete(recursive: true);
        _elsewhere.Delete(recursive: true);
    }
}
