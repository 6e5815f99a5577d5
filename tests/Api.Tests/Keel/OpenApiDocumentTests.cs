using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;

namespace Keel.Api.Tests;

/// <summary>The OpenAPI document is built once, names no server taken from the request, and only allowed hosts are answered.</summary>
public sealed class OpenApiDocumentTests : IAsyncLifetime, IDisposable
{
    private readonly KeelApiFactory _factory = new();
    private int _builds;

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheDocumentIsBuiltOnceAndServedToEveryoneAlike()
    {
        using var counted = _factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.Configure<OpenApiOptions>("v1", options => options.AddDocumentTransformer((_, _, _) =>
            {
                Interlocked.Increment(ref _builds);
                return Task.CompletedTask;
            }))));
        var http = counted.CreateClient().As(null);

        var bodies = new List<string>();
        foreach (var host in new[] { "localhost", "127.0.0.1", "localhost:5080", "[::1]:5080", "localhost" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
            request.Headers.Host = host;
            var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            bodies.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(1, _builds);
        Assert.Single(bodies.Distinct());
        var servers = JsonDocument.Parse(bodies[0]).RootElement.GetProperty("servers");
        Assert.Equal("/", Assert.Single(servers.EnumerateArray()).GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("/openapi/v1.json")]
    [InlineData("/lobby/")]
    [InlineData("/api/v1/users/00000000-0000-0000-0000-000000000000")]
    public async Task AHostThatIsNotAllowedGets400ProblemDetails(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "evil.example";

        var response = await _factory.CreateClient().SendAsync(request);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "host-not-allowed");
        Assert.DoesNotContain("evil.example", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbesAnswerForAnyHost()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/alive");
        request.Headers.Host = "10.1.2.3:8080";

        Assert.Equal(HttpStatusCode.OK, (await _factory.CreateClient().SendAsync(request)).StatusCode);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    public void Dispose() => _factory.Dispose();
}
