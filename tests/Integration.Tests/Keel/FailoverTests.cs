using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Keel.Grains.Interfaces.Email;
using Keel.Grains.Interfaces.Users;
using Keel.Grains.Hosting;
using Xunit.Abstractions;

namespace Keel.Integration.Tests;

/// <summary>kill -9 of a silo under load: acknowledged work survives, callers fail fast, the cluster heals.</summary>
public sealed class FailoverTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-failover-mail-");
    private readonly KeelProcesses _processes = new();

    private Dictionary<string, string> Settings() => new()
    {
        [KeelSettings.Storage] = "Postgres",
        [KeelSettings.PostgresConnectionString] = _database.ConnectionString,
        [KeelSettings.ServiceId] = "keel-failover-test",
        ["Keel:Mail:PickupDirectory"] = _mail.FullName,
    };

    [Fact]
    public async Task KillingASiloUnderLoadLosesNothingAcknowledgedAndCallersFailFast()
    {
        var doomed = await StartAsync(KeelProcess.StartSiloAsync(Settings()));
        await StartAsync(KeelProcess.StartSiloAsync(Settings()));
        var clientSettings = Settings();
        clientSettings[KeelSettings.Mode] = "Client";
        var api = await StartAsync(KeelProcess.StartApiAsync(clientSettings));
        using var http = api.CreateClient();

        // Users read before the kill have live activations on both silos.
        var before = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => RegisterAsync(http, $"before-{i}-{Guid.NewGuid():N}@example.com")));
        await Task.WhenAll(before.Select(u => http.GetAsync($"/api/v1/users/{u.UserId}")));

        // Every client retries its registration with the same Idempotency-Key until it gets 201: a 503 may hide a
        // registration that in fact succeeded, and the key makes the retry recognise it.
        var attempts = new ConcurrentBag<(HttpStatusCode Status, TimeSpan Took)>();
        var results = new ConcurrentBag<(string Key, UserView User, int Tries)>();
        using var load = new CancellationTokenSource(TimeSpan.FromSeconds(12));
        var workers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; !load.IsCancellationRequested; i++)
            {
                var key = Guid.NewGuid().ToString();
                var body = $$"""{"email":"load-{{worker}}-{{i}}-{{Guid.NewGuid():N}}@example.com","name":"Load"}""";
                var (user, tries) = await RegisterUntilCreatedAsync(http, key, body, attempts);
                results.Add((key, user, tries));
            }
        })).ToArray();
        // Kill once the load is visibly running, not after a guessed time.
        await Eventually.HoldsAsync(() => results.Count >= 20, TimeSpan.FromSeconds(10), "20 registrations under load");
        doomed.KillHard();
        var killedAt = Stopwatch.StartNew();
        var failover = await Task.WhenAll(before.Select(async u =>
        {
            await Eventually.HoldsAsync(async () => (await http.GetAsync($"/api/v1/users/{u.UserId}")).StatusCode == HttpStatusCode.OK,
                TimeSpan.FromSeconds(30), $"user {u.UserId} readable again after the kill");
            return killedAt.Elapsed;
        }));
        await Task.WhenAll(workers);

        var failed = attempts.Where(a => a.Status != HttpStatusCode.Created).ToArray();
        output.WriteLine($"Failover (kill -> every pre-kill user readable again): {failover.Max().TotalSeconds:F1} s");
        output.WriteLine($"Load: {results.Count} keys, all created; {attempts.Count} attempts, {failed.Length} failed "
            + $"({string.Join(", ", failed.GroupBy(f => f.Status).Select(g => $"{(int)g.Key}: {g.Count()}"))}), "
            + $"{results.Count(r => r.Tries > 1)} keys retried, slowest failure {failed.Select(r => r.Took).DefaultIfEmpty().Max().TotalSeconds:F1} s");
        Assert.True(failover.Max() < TimeSpan.FromSeconds(30), $"Failover took {failover.Max()}.");
        Assert.All(failed, r =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, r.Status);
            Assert.True(r.Took < TimeSpan.FromSeconds(15), $"A failure took {r.Took}.");
        });

        // Exactly one user per key: distinct users, and no user the clients were not told about.
        var created = results.Select(r => r.User).Concat(before).ToArray();
        Assert.Equal(created.Length, created.Select(u => u.UserId).Distinct().Count());
        Assert.Equal(created.Length, await _database.ScalarAsync<long>(
            "SELECT count(DISTINCT stream) FROM keel_events WHERE service_id = 'keel-failover-test' AND stream LIKE 'keel.users.user/%'"));
        foreach (var user in created)
        {
            Assert.Equal(user, await http.GetFromJsonAsync<UserView>($"/api/v1/users/{user.UserId}"));
        }
        var mails = await Eventually.GetAsync(
            () => Task.WhenAll(created.Select(async u => (await http.GetFromJsonAsync<MailView[]>($"/api/v1/email/messages?to={u.Email}"))!.Length)),
            counts => counts.All(n => n >= 1), TimeSpan.FromSeconds(90), $"a mail for each of the {created.Length} acknowledged registrations (mails per user)");
        // What the killed silo had leased is redelivered after the visibility timeout and must be skipped: once the
        // bridge is empty, no duplicate can follow.
        await Eventually.GetAsync(_database.BridgeBacklogAsync, b => b.IsEmpty, TimeSpan.FromSeconds(90), "every event published and acknowledged after the kill");
        Assert.All(mails, n => Assert.Equal(1, n));
        Assert.Equal(created.Length, _mail.GetFiles("welcome.*.eml").Length);

        await StartAsync(KeelProcess.StartSiloAsync(Settings()));
        await RegisterAsync(http, $"after-{Guid.NewGuid():N}@example.com");
    }

    /// <summary>Sends the registration with its key until it is created; every attempt is recorded.</summary>
    private static async Task<(UserView User, int Tries)> RegisterUntilCreatedAsync(
        HttpClient http, string key, string body, ConcurrentBag<(HttpStatusCode, TimeSpan)> attempts)
    {
        var deadline = Stopwatch.StartNew();
        for (var tries = 1; ; tries++)
        {
            var watch = Stopwatch.StartNew();
            var response = await IdempotencyTests.PostAsync(http, key, body);
            attempts.Add((response.StatusCode, watch.Elapsed));
            if (response.StatusCode == HttpStatusCode.Created)
            {
                return ((await response.Content.ReadFromJsonAsync<UserView>())!, tries);
            }
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(60), $"Key {key} was not created within 60 s; last answer {(int)response.StatusCode}.");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    private static async Task<UserView> RegisterAsync(HttpClient http, string address)
    {
        var response = await http.PostAsJsonAsync("/api/v1/users", new { email = address, name = "Ada" });
        if (response.StatusCode != HttpStatusCode.Created)
        {
            Assert.Fail($"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return (await response.Content.ReadFromJsonAsync<UserView>())!;
    }

    private Task<KeelProcess> StartAsync(Task<KeelProcess> starting) => _processes.StartAsync(starting);

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _processes.StopAllAsync();
        await _database.DisposeAsync();
        _mail.Delete(recursive: true);
    }
}
