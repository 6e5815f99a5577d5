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
