using System.Net;
using static Keel.Integration.Tests.ProxiedHttp;

namespace Keel.Integration.Tests;

/// <summary>Callers without a token share a ceiling, however many addresses they come from; callers with one do not.</summary>
public sealed class AnonymousCeilingTests : IAsyncLifetime
{
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-ceiling-mail-");
    private KeelProcess _api = null!;

    public async Task InitializeAsync() => _api = await KeelProcess.StartApiAsync(new Dictionary<string, string>
    {
        ["Keel:Mail:PickupDirectory"] = _mail.FullName,
        ["Keel:TrustedProxies"] = Proxy.ToString(),
        ["Keel:RateLimit:Enabled"] = "true",
        // Per client, more than the whole test sends: only the ceiling can refuse.
        ["Keel:RateLimit:PermitsPerSecond"] = "20",
        ["Keel:RateLimit:Burst"] = "20",
        ["Keel:RateLimit:AnonymousPermitsPerSecond"] = "1",
        ["Keel:RateLimit:AnonymousBurst"] = "3",
    });

    [Fact]
    public async Task ManyAnonymousClientsTogetherMeetTheCeilingWhileACallerWithATokenPasses()
    {
        using var proxy = From(_api.Address!, Proxy);

        // Ten clients, each far within its own budget.
        var anonymous = await BurstAsync(proxy, 10, i => Request(HttpMethod.Post, "/api/v1/users", $"203.0.113.{i + 1}", json: Registration()));
        using var withToken = await proxy.SendAsync(Request(
            HttpMethod.Post, "/api/v1/users", "203.0.113.99", token: TestAuth.TokenFor("ceiling-caller"), json: Registration()));

        Assert.True(anonymous.Count(s => s == HttpStatusCode.TooManyRequests) >= 5, string.Join(", ", anonymous));
        Assert.Equal(HttpStatusCode.Created, withToken.StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _mail.Delete(recursive: true);
    }
}
