using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Keel.Api.Tests;

/// <summary>Every response carries the security headers: pages, the API reference, the dashboard's address, errors.</summary>
[Collection(ApiCollection.Name)]
public partial class SecurityHeadersTests(KeelApiFactory factory)
{
    [Theory]
    [InlineData("/lobby/", HttpStatusCode.OK)]
    [InlineData("/scalar/", HttpStatusCode.OK)]
    [InlineData("/openapi/v1.json", HttpStatusCode.OK)]
    [InlineData("/dashboard/", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/users/11111111-1111-4111-8111-111111111111", HttpStatusCode.NotFound)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    public async Task EveryResponseCarriesTheSecurityHeaders(string path, HttpStatusCode status)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Null(Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task AnErrorOfAnUnauthenticatedCallerCarriesThemToo()
    {
        var response = await factory.CreateClient().As(null).GetAsync("/api/v1/admin/activations");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Equal("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'", Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    [Fact]
    public async Task EachPageMayRunExactlyTheInlineScriptsOfThePages()
    {
        var pages = new[] { "lobby", "games" };
        var hashes = pages.Select(name => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "wwwroot", name, "index.html")))
            .Select(page => InlineScript().Match(page).Groups[1].Value)
            .Select(script => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'")
            .Order(StringComparer.Ordinal);

        foreach (var name in pages)
        {
            var policy = Header(await factory.CreateClient().GetAsync($"/{name}/"), "Content-Security-Policy")!;
            var scripts = policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
            Assert.Equal($"script-src 'self' {string.Join(' ', hashes)}", scripts);
        }
    }

    [Fact]
    public async Task OnlyThePageThatRunsDotNetInTheBrowserMayCompileWebAssembly()
    {
        var offline = await factory.CreateClient().GetAsync("/games/offline/");
        var online = await factory.CreateClient().GetAsync("/games/");

        Assert.Equal(HttpStatusCode.OK, offline.StatusCode);
        Assert.Contains("_framework/blazor.webassembly.js", await offline.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (wasm, page) = (Directives(Header(offline, "Content-Security-Policy")!), Directives(Header(online, "Content-Security-Policy")!));
        Assert.Equal(page["script-src"].Replace("'self'", "'self' 'wasm-unsafe-eval'", StringComparison.Ordinal), wasm["script-src"]);
        Assert.Equal("base-uri 'self'", wasm["base-uri"]);
        Assert.Equal("base-uri 'none'", page["base-uri"]);
        Assert.DoesNotContain("wasm-unsafe-eval", page["script-src"], StringComparison.Ordinal);
        Assert.Equal(page.Where(d => d.Key is not ("script-src" or "base-uri")), wasm.Where(d => d.Key is not ("script-src" or "base-uri")));
        // The framework's files are scripts and WebAssembly, not pages: they get the API's policy, as any other response.
        var loader = await factory.CreateClient().GetAsync("/games/offline/_framework/blazor.webassembly.js");
        Assert.Equal(HttpStatusCode.OK, loader.StatusCode);
        Assert.StartsWith("default-src 'none'", Header(loader, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';').Select(d => d.Trim()).ToDictionary(d => d.Split(' ')[0], d => d, StringComparer.Ordinal);

    [Fact]
    public async Task HstsIsSentOverHttps()
    {
        var https = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        var response = await https.GetAsync("/lobby/");

        Assert.Equal("max-age=31536000", Header(response, "Strict-Transport-Security"));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    [GeneratedRegex("<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();
}
