using System.Net;
using System.Text;

namespace Keel.Integration.Tests;

/// <summary>The rate limiter and the body size limit, against the real Api process (Kestrel enforces the limit).</summary>
public sealed class LimitsTests : IAsyncLifetime
{
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-limits-mail-");
    private KeelProcess _api = null!;

    public async Task InitializeAsync() => _api = await KeelProcess.StartApiAsync(new Dictionary<string, string>
    {
        ["Keel:Mail:PickupDirectory"] = _mail.FullName,
        ["Keel:RateLimit:Enabled"] = "true",
        ["Keel:RateLimit:PermitsPerSecond"] = "1",
        ["Keel:RateLimit:Burst"] = "5",
        ["Keel:Limits:MaxRequestBodyBytes"] = "4096",
    });

    [Fact]
    public async Task ABurstOfCommandsFromOneCallerGets429WithRetryAfterWhileOthersAndQueriesStillPass()
    {
        using var burst = _api.CreateClient().As(TestAuth.TokenFor("burst-caller"));
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => burst.PostAsync("/api/v1/users", Json(
            $$"""{"email":"burst-{{i}}-{{Guid.NewGuid():N}}@example.com","name":"Burst"}"""))));

        var limited = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToArray();
        Assert.InRange(limited.Length, 1, 15);
        Assert.All(responses.Except(limited), r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        foreach (var response in limited)
        {
            Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
            await AuthTests.AssertProblemAsync(response, HttpStatusCode.TooManyRequests, "rate-limited");
        }

        // Another caller has a bucket of their own, and queries are not limited.
        using var other = _api.CreateClient().As(TestAuth.TokenFor("other-caller"));
        var created = await other.PostAsync("/api/v1/users", Json($$"""{"email":"other-{{Guid.NewGuid():N}}@example.com","name":"Other"}"""));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var reads = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => burst.GetAsync(created.Headers.Location)));
        Assert.All(reads, r => Assert.NotEqual(HttpStatusCode.TooManyRequests, r.StatusCode));
    }

    [Fact]
    public async Task ABodyOverTheLimitGets413ProblemDetails()
    {
        using var http = _api.CreateClient().As(null);
        var huge = $$"""{"email":"big@example.com","name":"{{new string('x', 10_000)}}"}""";
        var response = await http.PostAsync("/api/v1/users", Json(huge));
        await AuthTests.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload-too-large");
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _mail.Delete(recursive: true);
    }
}
