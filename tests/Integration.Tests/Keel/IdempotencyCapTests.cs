using System.Net;
using System.Text;

namespace Keel.Integration.Tests;

/// <summary>On PostgreSQL, the keys are bounded by their expiry and by Keel:Idempotency:MaxKeys, enforced by each eviction pass.</summary>
public sealed class IdempotencyCapTests : IAsyncLifetime, IDisposable
{
    private readonly PostgresDatabase _database = new();
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-idempotency-cap-mail-");
    private PostgresApiFactory _api = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _api = new PostgresApiFactory(_database.ConnectionString, _mail.FullName, settings: new Dictionary<string, string>
        {
            ["Keel:Idempotency:MaxKeys"] = "3",
            ["Keel:Idempotency:EvictionInterval"] = "00:00:01",
        });
    }

    [Fact]
    public async Task AnEvictionPassKeepsOnlyTheNewestMaxKeys()
    {
        var http = _api.CreateClient().As(null);
        var keys = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid().ToString()).ToArray();
        var bodies = keys.Select(k => $$"""{"email":"cap-{{k}}@example.com","name":"Capped"}""").ToArray();
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await SendAsync(http, keys[i], bodies[i])).StatusCode);
        }

        await Eventually.GetAsync(() => _database.ScalarAsync<long>("SELECT count(*) FROM keel_idempotency"), count => count <= 3,
            TimeSpan.FromSeconds(30), "the keys beyond Keel:Idempotency:MaxKeys evicted", count => $"{count} keys");

        Assert.Equal("true", (await SendAsync(http, keys[4], bodies[4])).Headers.GetValues("Idempotent-Replayed").Single());
        Assert.False((await SendAsync(http, keys[0], bodies[0])).Headers.Contains("Idempotent-Replayed"));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, string key, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/users") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", key);
        return await http.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _mail.Delete(recursive: true);
    }

    public void Dispose() => _api?.Dispose();
}
