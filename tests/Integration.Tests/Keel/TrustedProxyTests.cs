using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using Keel.Api.Auth;
using static Keel.Integration.Tests.ProxiedHttp;

namespace Keel.Integration.Tests;

/// <summary>
/// The real Api behind a trusted reverse proxy (127.0.0.2 here): the client's address and scheme come from the proxy's
/// forwarded headers, and only from it. Rate limits, anonymous idempotency keys, the dashboard cookie and HSTS follow.
/// </summary>
public sealed class TrustedProxyTests : IAsyncLifetime
{
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-proxy-mail-");
    private KeelProcess _api = null!;
    private HttpClient _proxy = null!;
    private HttpClient _direct = null!;

    public async Task InitializeAsync()
    {
        _api = await KeelProcess.StartApiAsync(new Dictionary<string, string>
        {
            ["Keel:Mail:PickupDirectory"] = _mail.FullName,
            ["Keel:TrustedProxies"] = Proxy.ToString(),
            ["Keel:RateLimit:Enabled"] = "true",
            ["Keel:RateLimit:PermitsPerSecond"] = "1",
            ["Keel:RateLimit:Burst"] = "3",
            ["Keel:RateLimit:ReadsPerSecond"] = "1",
            ["Keel:RateLimit:ReadBurst"] = "5",
            ["Keel:Dashboard:Enabled"] = "true",
            ["Keel:WebSockets:AllowedOrigins"] = "https://app.example",
        });
        _proxy = From(_api.Address!, Proxy);
        _direct = From(_api.Address!, IPAddress.Loopback);
    }

    [Fact]
    public async Task OneAnonymousClientOverItsBudgetLeavesAnotherClientItsOwn()
    {
        var abuser = await BurstAsync(_proxy, 8, _ => Request(HttpMethod.Post, "/api/v1/users", "203.0.113.10", json: Registration()));
        using var other = await _proxy.SendAsync(Request(HttpMethod.Post, "/api/v1/users", "203.0.113.11", json: Registration()));

        Assert.Contains(HttpStatusCode.TooManyRequests, abuser);
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
    }

    [Fact]
    public async Task IPv6ClientsOfOne64NetworkShareABucket()
    {
        // One burst, judged as it arrives: six from one address and three from its /64 siblings. A bucket of 3 shared by
        // the network refuses at least 5 of the 9 (one token may come back meanwhile); a bucket per address would refuse
        // 3 at most (the first address's own excess), whatever the timing. A second burst sent after the first one's
        // slowest answer could find tokens that came back during it.
        var burst = await BurstAsync(_proxy, 9, i => Request(HttpMethod.Post, "/api/v1/users",
            i < 6 ? "2001:db8:1:2::1" : $"2001:db8:1:2::{i - 4:x}", json: Registration()));
        using var elsewhere = await _proxy.SendAsync(Request(HttpMethod.Post, "/api/v1/users", "2001:db8:1:3::1", json: Registration()));

        Assert.True(burst.Count(s => s == HttpStatusCode.TooManyRequests) >= 5, string.Join(", ", burst));
        Assert.True(burst.Count(s => s == HttpStatusCode.Created) >= 3, string.Join(", ", burst));
        Assert.Equal(HttpStatusCode.Created, elsewhere.StatusCode);
    }

    [Fact]
    public async Task ReadsHaveABudgetPerClientToo()
    {
        // The refusals are judged as the burst gets them: a request sent after the burst's slowest answer could find a
        // token that came back meanwhile (1 a second), which says nothing about the budget.
        var reader = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => _proxy.SendAsync(Request(HttpMethod.Get, "/openapi/v1.json", "203.0.113.20"))));
        try
        {
            using var other = await _proxy.SendAsync(Request(HttpMethod.Get, "/openapi/v1.json", "203.0.113.21"));

            Assert.Contains(HttpStatusCode.TooManyRequests, reader.Select(r => r.StatusCode));
            var limited = reader.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
            await AuthTests.AssertProblemAsync(limited, HttpStatusCode.TooManyRequests, "rate-limited");
            Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture) >= 1);
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        }
        finally
        {
            foreach (var response in reader)
            {
                response.Dispose();
            }
        }
    }

    [Fact]
    public async Task ForwardedHeadersAreBelievedOnlyFromTheTrustedProxyAndOnlyItsOwnHop()
    {
        // From an address that is not the proxy, X-Forwarded-For is the client's own claim: all of these are 127.0.0.1.
        var direct = await BurstAsync(_direct, 8, i => Request(HttpMethod.Post, "/api/v1/users", $"198.51.100.{i + 1}", json: Registration()));
        // Through the proxy, what the client put before the proxy's own entry is not believed either.
        var forged = await BurstAsync(_proxy, 8, i => Request(HttpMethod.Post, "/api/v1/users", $"198.51.100.{i + 1}, 203.0.113.30", json: Registration()));

        Assert.Contains(HttpStatusCode.TooManyRequests, direct);
        Assert.Contains(HttpStatusCode.TooManyRequests, forged);
    }

    [Fact]
    public async Task AnAnonymousIdempotencyKeyIsTheClientsOwn()
    {
        var key = Guid.NewGuid().ToString();
        var body = Registration();
        HttpRequestMessage Keyed(string client)
        {
            var request = Request(HttpMethod.Post, "/api/v1/users", client, json: body);
            request.Headers.Add("Idempotency-Key", key);
            return request;
        }

        using var first = await _proxy.SendAsync(Keyed("203.0.113.40"));
        var created = await first.Content.ReadAsStringAsync();
        var userId = JsonDocument.Parse(created).RootElement.GetProperty("userId").GetString()!;
        using var stranger = await _proxy.SendAsync(Keyed("203.0.113.41"));
        using var again = await _proxy.SendAsync(Keyed("203.0.113.40"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        // Another client with the same key and body runs its own registration (the address is taken): it never sees A's.
        Assert.False(stranger.Headers.Contains("Idempotent-Replayed"));
        Assert.DoesNotContain(userId, await stranger.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AuthTests.AssertProblemAsync(stranger, HttpStatusCode.Conflict, "users.email-taken");
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(created, await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheDashboardCookieIsSecureHostOnlyBoundedByTheTokenAndOnlyForAdmins()
    {
        var admin = TestAuth.AdminToken;
        var expires = DateTimeOffset.FromUnixTimeSeconds(long.Parse(
            new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(admin).GetClaim("exp").Value, CultureInfo.InvariantCulture));

        using var traded = await _proxy.SendAsync(Request(HttpMethod.Get, $"/dashboard/?access_token={admin}", "203.0.113.50", "https"));
        var cookie = Assert.Single(traded.Headers.GetValues("Set-Cookie"));
        using var opened = Request(HttpMethod.Get, "/dashboard/", "203.0.113.50", "https");
        opened.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var page = await _proxy.SendAsync(opened);
        using var user = await _proxy.SendAsync(Request(HttpMethod.Get, $"/dashboard/?access_token={TestAuth.TokenFor("not-an-admin")}", "203.0.113.51", "https"));

        Assert.Equal(HttpStatusCode.Found, traded.StatusCode);
        Assert.StartsWith("__Host-keel-dashboard=", cookie, StringComparison.Ordinal);
        var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).ToList();
        Assert.Contains("secure", attributes, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("httponly", attributes, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("path=/", attributes, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.OrdinalIgnoreCase));
        var expiry = DateTimeOffset.Parse(attributes.Single(a => a.StartsWith("expires=", StringComparison.OrdinalIgnoreCase))["expires=".Length..],
            CultureInfo.InvariantCulture);
        Assert.True(expiry <= expires, $"the cookie expires {expiry}, the token {expires}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        await AuthTests.AssertProblemAsync(user, HttpStatusCode.Forbidden, "forbidden");
        Assert.False(user.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task HstsIsSentWhenTheTrustedProxySaysTheClientUsedHttps()
    {
        using var https = await _proxy.SendAsync(Request(HttpMethod.Get, "/lobby/", "203.0.113.60", "https"));
        using var http = await _proxy.SendAsync(Request(HttpMethod.Get, "/lobby/", "203.0.113.61", "http"));
        using var claimed = await _direct.SendAsync(Request(HttpMethod.Get, "/lobby/", "203.0.113.62", "https"));

        Assert.Equal(SecurityHeadersValue, https.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.False(http.Headers.Contains("Strict-Transport-Security"));
        Assert.False(claimed.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task AWebSocketFromAnAllowedOriginConnectsAndFromAnotherIsRefused()
    {
        var player = $"ws-{Guid.NewGuid():N}";
        var url = new Uri($"ws://{_api.Address!.Authority}/api/v1/lobby/players/{player}/socket?access_token={TestAuth.TokenFor(player)}");
        using var allowed = new ClientWebSocket();
        allowed.Options.SetRequestHeader("Origin", "https://app.example");
        using var foreign = new ClientWebSocket();
        foreign.Options.SetRequestHeader("Origin", "https://evil.example");
        foreign.Options.CollectHttpResponseDetails = true;

        await allowed.ConnectAsync(url, CancellationToken.None);
        await Assert.ThrowsAsync<WebSocketException>(() => foreign.ConnectAsync(url, CancellationToken.None));

        Assert.Equal(WebSocketState.Open, allowed.State);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.HttpStatusCode);
        await allowed.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
    }

    private const string SecurityHeadersValue = Keel.Api.Edge.SecurityHeaders.StrictTransportSecurity;

    public async Task DisposeAsync()
    {
        _proxy.Dispose();
        _direct.Dispose();
        await _api.DisposeAsync();
        _mail.Delete(recursive: true);
    }
}
