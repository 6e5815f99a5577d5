using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Keel.Contracts.Mail;
using Keel.Contracts.Users;
using Keel.Silo.Hosting;
using Xunit.Abstractions;

namespace Keel.Integration.Tests;

/// <summary>kill -9 of a silo under load: acknowledged work survives, callers fail fast, the cluster heals.</summary>
public sealed class FailoverTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-failover-mail-");
    private readonly List<KeelProcess> _processes = [];

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

        var results = new ConcurrentBag<(HttpStatusCode Status, TimeSpan Took, UserView? User)>();
        using var load = new CancellationTokenSource(TimeSpan.FromSeconds(12));
        var workers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; !load.IsCancellationRequested; i++)
            {
                var watch = Stopwatch.StartNew();
                var response = await http.PostAsJsonAsync("/api/v1/users", new { email = $"load-{worker}-{i}-{Guid.NewGuid():N}@example.com", name = "Load" });
                results.Add((response.StatusCode, watch.Elapsed,
                    response.StatusCode == HttpStatusCode.Created ? await response.Content.ReadFromJsonAsync<UserView>() : null));
            }
        })).ToArray();
        // Kill once the load is visibly running, not after a guessed time.
        await Eventually.HoldsAsync(() => results.Count(r => r.Status == HttpStatusCode.Created) >= 20, TimeSpan.FromSeconds(10), "20 registrations under load");
        doomed.KillHard();
        var killedAt = Stopwatch.StartNew();
        var failover = await Task.WhenAll(before.Select(async u =>
        {
            await Eventually.HoldsAsync(async () => (await http.GetAsync($"/api/v1/users/{u.UserId}")).StatusCode == HttpStatusCode.OK,
                TimeSpan.FromSeconds(30), $"user {u.UserId} readable again after the kill");
            return killedAt.Elapsed;
        }));
        await Task.WhenAll(workers);

        output.WriteLine($"Failover (kill -> every pre-kill user readable again): {failover.Max().TotalSeconds:F1} s");
        output.WriteLine($"Load: {results.Count(r => r.Status == HttpStatusCode.Created)} created, "
            + $"{results.Count(r => r.Status != HttpStatusCode.Created)} failed, slowest failure {results.Where(r => r.Status != HttpStatusCode.Created).Select(r => r.Took).DefaultIfEmpty().Max().TotalSeconds:F1} s");
        Assert.True(failover.Max() < TimeSpan.FromSeconds(30), $"Failover took {failover.Max()}.");
        Assert.All(results.Where(r => r.Status != HttpStatusCode.Created), r =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, r.Status);
            Assert.True(r.Took < TimeSpan.FromSeconds(15), $"A failure took {r.Took}.");
        });

        var created = results.Where(r => r.User is not null).Select(r => r.User!).Concat(before).ToArray();
        Assert.True(created.Length > before.Length, "The load registered nobody.");
        foreach (var user in created)
        {
            Assert.Equal(user, await http.GetFromJsonAsync<UserView>($"/api/v1/users/{user.UserId}"));
        }
        var mails = await Eventually.GetAsync(
            () => Task.WhenAll(created.Select(async u => (await http.GetFromJsonAsync<MailMessage[]>($"/api/v1/email/messages?to={u.Email}"))!.Length)),
            counts => counts.All(n => n >= 1), TimeSpan.FromSeconds(90), $"a mail for each of the {created.Length} acknowledged registrations (mails per user)");
        // What the killed silo had leased is redelivered after the visibility timeout and must be skipped: once the
        // bridge is empty, no duplicate can follow.
        await Eventually.GetAsync(_database.BridgeBacklogAsync, b => b.IsEmpty, TimeSpan.FromSeconds(90), "every event published and acknowledged after the kill");
        Assert.All(mails, n => Assert.Equal(1, n));
        Assert.Equal(created.Length, _mail.GetFiles("welcome.*.eml").Length);

        await StartAsync(KeelProcess.StartSiloAsync(Settings()));
        await RegisterAsync(http, $"after-{Guid.NewGuid():N}@example.com");
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

    private async Task<KeelProcess> StartAsync(Task<KeelProcess> starting)
    {
        var process = await starting;
        _processes.Add(process);
        return process;
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }
        await _database.DisposeAsync();
        _mail.Delete(recursive: true);
    }
}
