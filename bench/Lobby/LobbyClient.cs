using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Keel.Api.Auth;
using Microsoft.IdentityModel.Tokens;

namespace Keel.Bench.Lobby;

/// <summary>
/// The Lobby's HTTP commands as a player sends them, with a bearer token of their own when the server checks tokens
/// (Keel: <c>Keel__Auth__SigningKey</c> in the environment, the key the server was started with). The baseline
/// ignores the header; the client sends it to both, so both get the same client.
/// </summary>
internal sealed class LobbyClient : IDisposable
{
    private readonly AuthSettings? _auth;

    public LobbyClient(Uri server)
    {
        var key = Environment.GetEnvironmentVariable("Keel__Auth__SigningKey");
        _auth = string.IsNullOrWhiteSpace(key)
            ? null
            : new AuthSettings(AuthSettings.DefaultIssuer, AuthSettings.DefaultAudience, null, new SymmetricSecurityKey(Convert.FromBase64String(key)));
        Commands = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = server,
            Timeout = TimeSpan.FromSeconds(30),
        };
        // One connection per stream: every open Server-Sent Events response holds its own.
        Streams = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan, MaxConnectionsPerServer = int.MaxValue })
        {
            BaseAddress = server,
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public HttpClient Commands { get; }

    public HttpClient Streams { get; }

    public string? TokenFor(string player) =>
        _auth is null ? null : Tokens.Create(_auth, player, [], TimeSpan.FromHours(2), DateTime.UtcNow);

    /// <summary>Takes a seat; the room's address (what others join it with).</summary>
    public async Task<string> JoinAsync(Watcher player, string address, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(player, "join", JsonContent.Create(new { address }), cancellationToken);
        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Created))
        {
            throw new InvalidOperationException($"{player.Player} join {address}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return body.RootElement.GetProperty("address").GetString()!;
    }

    public async Task LeaveAsync(Watcher player, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(player, "leave", null, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{player.Player} leave: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    private async Task<HttpResponseMessage> SendAsync(Watcher player, string command, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/v1/lobby/players/{player.Player}/{command}") { Content = content };
        if (player.Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", player.Token);
        }
        return await Commands.SendAsync(request, cancellationToken);
    }

    public void Dispose()
    {
        Commands.Dispose();
        Streams.Dispose();
    }
}
