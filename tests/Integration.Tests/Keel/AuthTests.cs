using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Keel.Grains.Interfaces.Email;
using Keel.Grains.Interfaces.Users;

namespace Keel.Integration.Tests;

/// <summary>Secure by default, against the real Api process: who may read what.</summary>
public sealed class AuthTests : IAsyncLifetime
{
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-auth-mail-");
    private KeelProcess _api = null!;

    public async Task InitializeAsync() =>
        _api = await KeelProcess.StartApiAsync(new Dictionary<string, string>
        {
            ["Keel:Mail:PickupDirectory"] = _mail.FullName,
            ["Keel:Admin:Enabled"] = "true",
            ["Keel:Dashboard:Enabled"] = "true",
        });

    [Fact]
    public async Task RegistrationIsPublicButReadingNeedsAToken()
    {
        using var anonymous = _api.CreateClient().As(null);
        var user = await RegisterAsync(anonymous, "public");

        var profile = await anonymous.GetAsync($"/api/v1/users/{user.UserId}");
        var mails = await anonymous.GetAsync($"/api/v1/email/messages?to={Uri.EscapeDataString(user.Email)}");

        await AssertProblemAsync(profile, HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Contains("Bearer", profile.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        await AssertProblemAsync(mails, HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task AUserReadsTheirOwnProfileAndMailsButNotAnotherUsers()
    {
        using var anonymous = _api.CreateClient().As(null);
        var ada = await RegisterAsync(anonymous, "ada");
        var eve = await RegisterAsync(anonymous, "eve");
        using var asAda = _api.CreateClient().As(TestAuth.TokenFor(ada.UserId.ToString()));

        Assert.Equal(ada, await asAda.GetFromJsonAsync<UserView>($"/api/v1/users/{ada.UserId}"));
        var own = await Eventually.GetAsync(
            () => asAda.GetFromJsonAsync<MailView[]>($"/api/v1/email/messages?to={Uri.EscapeDataString(ada.Email)}")!,
            m => m!.Length == 1, TimeSpan.FromSeconds(30), "Ada's welcome mail, read with her own token");
        Assert.Equal(ada.Email, own![0].To);

        await AssertProblemAsync(await asAda.GetAsync($"/api/v1/users/{eve.UserId}"), HttpStatusCode.Forbidden, "forbidden");
        await AssertProblemAsync(
            await asAda.GetAsync($"/api/v1/email/messages?to={Uri.EscapeDataString(eve.Email)}"), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task AnAdminReadsAnyoneAndOnlyAnAdminUsesTheOperatorEndpointsAndTheDashboard()
    {
        using var anonymous = _api.CreateClient().As(null);
        var user = await RegisterAsync(anonymous, "someone");
        using var admin = _api.CreateClient();
        using var asUser = _api.CreateClient().As(TestAuth.TokenFor(user.UserId.ToString()));

        Assert.Equal(user, await admin.GetFromJsonAsync<UserView>($"/api/v1/users/{user.UserId}"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/admin/activations")).StatusCode);
        await AssertProblemAsync(await asUser.GetAsync("/api/v1/admin/activations"), HttpStatusCode.Forbidden, "forbidden");
        await AssertProblemAsync(await anonymous.GetAsync("/api/v1/admin/activations"), HttpStatusCode.Unauthorized, "unauthenticated");
        await AssertProblemAsync(await anonymous.GetAsync("/dashboard/"), HttpStatusCode.Unauthorized, "unauthenticated");
        await AssertProblemAsync(await asUser.GetAsync("/dashboard/"), HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/dashboard/")).StatusCode);
    }

    [Fact]
    public async Task TheDashboardTradesATokenInItsAddressForACookieAndARedirectWithoutIt()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
        using var browser = new HttpClient(handler) { BaseAddress = _api.Address, Timeout = TimeSpan.FromSeconds(30) };

        var refused = await browser.GetAsync($"/dashboard/?access_token={TestAuth.AdminToken}x");
        var traded = await browser.GetAsync($"/dashboard/?view=grains&access_token={TestAuth.AdminToken}");
        var cookie = Assert.Single(traded.Headers.GetValues("Set-Cookie"));
        // Outside Development the cookie is Secure, so a browser sends it back over HTTPS only (TrustedProxyTests): send it here.
        using var open = new HttpRequestMessage(HttpMethod.Get, traded.Headers.Location);
        open.Headers.Add("Cookie", cookie.Split(';')[0]);
        var opened = await browser.SendAsync(open);

        await AssertProblemAsync(refused, HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Null(refused.Headers.Location);
        Assert.Equal(HttpStatusCode.Found, traded.StatusCode);
        Assert.Equal("/dashboard/?view=grains", traded.Headers.Location?.ToString());
        Assert.StartsWith("__Host-keel-dashboard=", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
    }

    [Fact]
    public async Task ATokenSignedWithAnotherKeyOrExpiredIsRefused()
    {
        using var admin = _api.CreateClient();
        var user = await RegisterAsync(admin, "forged");
        var forged = Keel.Api.Auth.Tokens.Create(
            new Keel.Api.Auth.AuthSettings("keel", "keel-api", null,
                new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))),
            user.UserId.ToString(), ["admin"], TimeSpan.FromHours(1), DateTime.UtcNow);
        var expired = Keel.Api.Auth.Tokens.Create(
            new Keel.Api.Auth.AuthSettings("keel", "keel-api", null,
                new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(Convert.FromBase64String(TestAuth.SigningKey))),
            user.UserId.ToString(), [], TimeSpan.FromMinutes(5), DateTime.UtcNow.AddHours(-1));

        using var withForged = _api.CreateClient().As(forged);
        using var withExpired = _api.CreateClient().As(expired);
        await AssertProblemAsync(await withForged.GetAsync($"/api/v1/users/{user.UserId}"), HttpStatusCode.Unauthorized, "unauthenticated");
        await AssertProblemAsync(await withExpired.GetAsync($"/api/v1/users/{user.UserId}"), HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task APlayerActsAndListensOnlyForThemselvesAndABrowserMayPutTheTokenInTheQuery()
    {
        var (ada, eve) = ($"ada-{Guid.NewGuid():N}", $"eve-{Guid.NewGuid():N}");
        using var asAda = _api.CreateClient().As(TestAuth.TokenFor(ada));
        using var anonymous = _api.CreateClient().As(null);

        var opened = await asAda.PostAsJsonAsync($"/api/v1/lobby/players/{ada}/join", new { address = "friends:new:2" });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        await AssertProblemAsync(
            await asAda.PostAsJsonAsync($"/api/v1/lobby/players/{eve}/join", new { address = "global:2" }), HttpStatusCode.Forbidden, "forbidden");
        await AssertProblemAsync(await asAda.GetAsync($"/api/v1/lobby/players/{eve}/events"), HttpStatusCode.Forbidden, "forbidden");
        await AssertProblemAsync(
            await anonymous.PostAsJsonAsync($"/api/v1/lobby/players/{ada}/join", new { address = "global:2" }), HttpStatusCode.Unauthorized, "unauthenticated");
        await AssertProblemAsync(await anonymous.GetAsync($"/api/v1/lobby/players/{ada}/events"), HttpStatusCode.Unauthorized, "unauthenticated");

        // EventSource cannot set headers: the stream takes ?access_token=, other endpoints do not.
        using var events = new HttpClient { BaseAddress = _api.Address, Timeout = Timeout.InfiniteTimeSpan };
        using var sse = await SseReader.OpenAsync(events, $"/api/v1/lobby/players/{ada}/events?access_token={TestAuth.TokenFor(ada)}");
        Assert.Equal("room", (await sse.NextAsync("the room")).Event);
        await AssertProblemAsync(
            await anonymous.GetAsync($"/api/v1/lobby/players/{ada}?access_token={TestAuth.TokenFor(ada)}"), HttpStatusCode.Unauthorized, "unauthenticated");
    }

    internal static async Task<UserView> RegisterAsync(HttpClient http, string name)
    {
        var response = await http.PostAsJsonAsync("/api/v1/users", new { email = $"{name}-{Guid.NewGuid():N}@example.com", name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<UserView>())!;
    }

    internal static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {status}, got {response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("traceId").GetString()));
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _mail.Delete(recursive: true);
    }
}
