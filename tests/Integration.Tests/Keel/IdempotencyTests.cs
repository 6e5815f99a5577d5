using System.Net;
using System.Net.Http.Json;
using System.Text;
using Keel.Grains.Interfaces.Users;
using Keel.Grains.Hosting;

namespace Keel.Integration.Tests;

/// <summary>Idempotency-Key against real Api processes on a real PostgreSQL: a retry gets the original outcome.</summary>
public sealed class IdempotencyTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-idempotency-mail-");

    private Dictionary<string, string> Settings() => new()
    {
        [KeelSettings.Storage] = "Postgres",
        [KeelSettings.PostgresConnectionString] = _database.ConnectionString,
        [KeelSettings.ServiceId] = "keel-idempotency-test",
        ["Keel:Mail:PickupDirectory"] = _mail.FullName,
    };

    [Fact]
    public async Task TheSameKeyGetsTheOriginalOutcomeAfterAKillOnAnotherProcessAndAnotherBodyGets422()
    {
        var key = Guid.NewGuid().ToString();
        var body = $$"""{"email":"idem-{{Guid.NewGuid():N}}@example.com","name":"Idem"}""";
        (HttpStatusCode Status, string? Location, string Body) original;
        await using (var first = await KeelProcess.StartApiAsync(Settings()))
        {
            using var http = first.CreateClient().As(null);
            original = await ReadAsync(await PostAsync(http, key, body));
            var repeat = await PostAsync(http, key, body);
            Assert.Equal(original, await ReadAsync(repeat));
            Assert.Equal("true", repeat.Headers.GetValues("Idempotent-Replayed").Single());
            first.KillHard();
        }
        Assert.Equal(HttpStatusCode.Created, original.Status);

        await using var second = await KeelProcess.StartApiAsync(Settings());
        using var client = second.CreateClient().As(null);
        Assert.Equal(original, await ReadAsync(await PostAsync(client, key, body)));
        var reused = await PostAsync(client, key, body.Replace("\"Idem\"", "\"Other\"", StringComparison.Ordinal));
        await AuthTests.AssertProblemAsync(reused, HttpStatusCode.UnprocessableEntity, "idempotency.key-reused");

        using var admin = second.CreateClient();
        var user = await admin.GetFromJsonAsync<UserView>(original.Location);
        Assert.Equal("Idem", user!.Name);
        Assert.Equal(1L, await _database.ScalarAsync<long>(
            $"SELECT count(*) FROM keel_events WHERE stream LIKE 'keel.users.user/%' AND service_id = 'keel-idempotency-test'"));
    }

    /// <summary>
    /// Claims and outcomes of concurrent requests share the store's batches: a key sent by many requests at once still
    /// runs its command once, and every other key in the same batches keeps its own outcome.
    /// </summary>
    [Fact]
    public async Task ManyConcurrentRequestsRunEachKeyOnce()
    {
        await using var api = await KeelProcess.StartApiAsync(Settings());
        using var http = api.CreateClient().As(null);
        var shared = Guid.NewGuid().ToString();
        var sharedBody = $$"""{"email":"shared-{{Guid.NewGuid():N}}@example.com","name":"Shared"}""";
        var own = Enumerable.Range(0, 20).Select(i => (Key: Guid.NewGuid().ToString(), Body: $$"""{"email":"own-{{i}}-{{Guid.NewGuid():N}}@example.com","name":"Own"}""")).ToList();

        var sharedSends = Enumerable.Range(0, 20).Select(_ => PostAsync(http, shared, sharedBody)).ToList();
        var ownSends = own.Select(o => PostAsync(http, o.Key, o.Body)).ToList();
        var sharedResults = await Task.WhenAll(sharedSends.Select(async s => await ReadAsync(await s)));
        var ownResults = await Task.WhenAll(ownSends.Select(async s => await ReadAsync(await s)));

        Assert.All(ownResults, r => Assert.Equal(HttpStatusCode.Created, r.Item1));
        Assert.Equal(own.Count, ownResults.Select(r => r.Item2).Distinct().Count());
        Assert.All(sharedResults, r => Assert.Contains(r.Item1, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Contains(sharedResults, r => r.Item1 == HttpStatusCode.Created);
        Assert.Single(sharedResults.Where(r => r.Item1 == HttpStatusCode.Created).Select(r => r.Item2).Distinct());
        Assert.All(sharedResults.Where(r => r.Item1 == HttpStatusCode.Conflict), r => Assert.Contains("idempotency.in-progress", r.Item3));
        Assert.Equal(own.Count + 1L, await _database.ScalarAsync<long>(
            $"SELECT count(*) FROM keel_events WHERE stream LIKE 'keel.users.user/%' AND service_id = 'keel-idempotency-test'"));
        Assert.Equal(own.Count + 1L, await _database.ScalarAsync<long>(
            $"SELECT count(*) FROM keel_idempotency WHERE service_id = 'keel-idempotency-test' AND status = 201"));
    }

    [Fact]
    public async Task KeysExpireAfterTheConfiguredTime()
    {
        var settings = Settings();
        // Long enough that the second request surely comes before it, even on a loaded machine.
        settings["Keel:Idempotency:Expiry"] = "00:00:15";
        await using var api = await KeelProcess.StartApiAsync(settings);
        using var http = api.CreateClient().As(null);
        var key = Guid.NewGuid().ToString();
        var first = $$"""{"email":"expiry-{{Guid.NewGuid():N}}@example.com","name":"First"}""";
        var second = $$"""{"email":"expiry-{{Guid.NewGuid():N}}@example.com","name":"Second"}""";
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(http, key, first)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await PostAsync(http, key, second)).StatusCode);

        // Expired, the key is free again: the other body is a new request and registers its own user.
        var later = await Eventually.GetAsync(
            async () => (await PostAsync(http, key, second)).StatusCode,
            status => status != HttpStatusCode.UnprocessableEntity, TimeSpan.FromSeconds(60), "the key to expire");
        Assert.Equal(HttpStatusCode.Created, later);
    }

    [Fact]
    public async Task AMalformedKeyIsABadRequest()
    {
        await using var api = await KeelProcess.StartApiAsync(Settings());
        using var http = api.CreateClient().As(null);
        var tooLong = new string('k', 256);
        await AuthTests.AssertProblemAsync(
            await PostAsync(http, tooLong, """{"email":"long@example.com","name":"Long"}"""), HttpStatusCode.BadRequest, "validation");
    }

    internal static Task<HttpResponseMessage> PostAsync(HttpClient http, string key, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/users") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", key);
        return http.SendAsync(request);
    }

    private static async Task<(HttpStatusCode, string?, string)> ReadAsync(HttpResponseMessage response) =>
        (response.StatusCode, response.Headers.Location?.ToString(), await response.Content.ReadAsStringAsync());

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _mail.Delete(recursive: true);
    }
}
