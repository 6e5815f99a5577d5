using Microsoft.Playwright;

namespace Keel.Integration.Tests;

/// <summary>The lobby page in a real browser (Debian's Chromium): two windows, one opens a room, the other joins, the first sees it live.</summary>
public sealed class LobbyBrowserTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly LocatorAssertionsToHaveTextOptions Live = new() { Timeout = 15_000 };

    private KeelProcess? _api;

    [Fact]
    public async Task ASecondWindowJoiningShowsInTheFirstWithoutReloading()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox"] });
        var (ada, bob) = ($"ada-{Guid.NewGuid():N}"[..12], $"bob-{Guid.NewGuid():N}"[..12]);
        var first = await browser.NewPageAsync();
        var second = await browser.NewPageAsync();
        // The page runs under Keel's Content-Security-Policy: nothing it needs may be refused.
        var refused = new System.Collections.Concurrent.ConcurrentQueue<string>();
        foreach (var page in new[] { first, second })
        {
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                {
                    refused.Enqueue(message.Text);
                }
            };
        }
        // Each window signs in the way the README says: a token whose subject is the player.
        await first.GotoAsync(new Uri(_api!.Address!, $"/lobby/?token={TestAuth.TokenFor(ada)}").ToString());
        await second.GotoAsync(new Uri(_api.Address!, $"/lobby/?token={TestAuth.TokenFor(bob)}").ToString());
        await Assertions.Expect(first.Locator("#player")).ToHaveTextAsync(ada, Live);

        await first.FillAsync("#seats", "2");
        await first.ClickAsync("#open");
        await Assertions.Expect(first.Locator("#table li[data-seat='1']")).ToHaveTextAsync(ada, Live);
        var address = await first.Locator("#address").TextContentAsync();
        Assert.StartsWith("friends:", address, StringComparison.Ordinal);
        await second.FillAsync("#code", address!["friends:".Length..]);
        await second.ClickAsync("#join");

        await Assertions.Expect(first.Locator("#table li[data-seat='2']")).ToHaveTextAsync(bob, Live);
        await Assertions.Expect(first.Locator("#status")).ToHaveTextAsync("playing", Live);
        await Assertions.Expect(second.Locator("#table li[data-seat='1']")).ToHaveTextAsync(ada, Live);
        Assert.Empty(refused);
    }

    public async Task InitializeAsync() => _api = await KeelProcess.StartApiAsync(new Dictionary<string, string>());

    public async Task DisposeAsync()
    {
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }
    }
}
