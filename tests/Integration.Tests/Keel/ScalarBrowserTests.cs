using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Keel.Integration.Tests;

/// <summary>The API reference (Scalar) in a real browser (Debian's Chromium), under Keel's Content-Security-Policy.</summary>
public sealed class ScalarBrowserTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    private KeelProcess? _api;

    [Fact]
    public async Task TheReferenceShowsTheOperationsWithNothingRefusedByTheSecurityPolicy()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        var refused = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                refused.Enqueue(message.Text);
            }
        };
        var external = new ConcurrentQueue<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(_api!.Address!.ToString().TrimEnd('/'), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                external.Enqueue(request.Url);
            }
        };

        var response = await page.GotoAsync(new Uri(_api!.Address!, "/scalar/").ToString());

        Assert.Contains("frame-ancestors 'none'", (await response!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
        await Assertions.Expect(page.GetByText("List the mails sent to an address").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.Empty(refused);
        Assert.Empty(external);
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
