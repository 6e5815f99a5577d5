using System.Net;
using System.Net.WebSockets;

namespace Keel.Api.Tests;

/// <summary>A WebSocket from a page of another origin is refused; the Api's own origin and clients without one pass.</summary>
[Collection(ApiCollection.Name)]
public class WebSocketOriginTests(KeelApiFactory factory)
{
    private static string Socket(string player) => $"api/v1/lobby/players/{player}/socket?access_token={TestAuth.TokenFor(player)}";

    private async Task<WebSocket> ConnectAsync(string player, string? origin)
    {
        var client = factory.Server.CreateWebSocketClient();
        if (origin is not null)
        {
            client.ConfigureRequest = request => request.Headers.Origin = origin;
        }
        return await client.ConnectAsync(new Uri(factory.Server.BaseAddress, Socket(player)), CancellationToken.None);
    }

    [Fact]
    public async Task AForeignOriginGets403ProblemDetails()
    {
        var player = $"origin-{Guid.NewGuid():N}";
        using var upgrade = new HttpRequestMessage(HttpMethod.Get, Socket(player));
        upgrade.Headers.Add("Origin", "https://evil.example");
        upgrade.Headers.Add("Upgrade", "websocket");
        upgrade.Headers.Add("Connection", "Upgrade");
        upgrade.Headers.Add("Sec-WebSocket-Version", "13");
        upgrade.Headers.Add("Sec-WebSocket-Key", Convert.ToBase64String(Guid.NewGuid().ToByteArray()));

        var response = await factory.CreateClient().As(null).SendAsync(upgrade);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "origin-not-allowed");
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(player, "https://evil.example"));
        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost")]
    [InlineData("HTTP://LOCALHOST:80")]
    [InlineData(null)]
    public async Task TheApisOwnOriginOrNoOriginConnects(string? origin)
    {
        using var socket = await ConnectAsync($"origin-{Guid.NewGuid():N}", origin);

        Assert.Equal(WebSocketState.Open, socket.State);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
    }

    [Theory]
    [InlineData("https://localhost")]
    [InlineData("http://localhost:8080")]
    [InlineData("http://localhost.evil.example")]
    [InlineData("null")]
    public async Task AnOriginThatDiffersInSchemeHostOrPortIsRefused(string origin)
    {
        await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync($"origin-{Guid.NewGuid():N}", origin));
    }
}
