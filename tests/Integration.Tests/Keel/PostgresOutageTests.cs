using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Keel.Grains.Interfaces.Users;
using Xunit.Abstractions;

namespace Keel.Integration.Tests;

/// <summary>PostgreSQL stopped and started again under load, against a server of its own.</summary>
public sealed class PostgresOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>The load runs until this long after PostgreSQL is back (and never longer than a minute).</summary>
    private static readonly TimeSpan AfterResume = TimeSpan.FromSeconds(4);
    private readonly string _serverDirectory = Path.Combine(Path.GetTempPath(), $"keel-outage-pg-{Guid.NewGuid():N}");
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-outage-mail-");
    private string _connectionString = "";

    private sealed record Outcome(string Email, HttpStatusCode Status, TimeSpan Took, TimeSpan At, string? ContentType, string Body);

    [Fact]
    public async Task RequestsDuringAnOutageFailFastAndNothingAcknowledgedIsLostOrDeliveredTwice()
    {
        await using var app = new PostgresApiFactory(_connectionString, _mail.FullName);
        var http = app.CreateClient();
        var outcomes = new ConcurrentBag<Outcome>();
        var clock = Stopwatch.StartNew();
        var stopAt = TimeSpan.FromMinutes(1).Ticks;
        var workers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; clock.Elapsed.Ticks < Interlocked.Read(ref stopAt); i++)
            {
                var email = $"outage-{worker}-{i}-{Guid.NewGuid():N}@example.com";
                var started = clock.Elapsed;
                using var response = await http.PostAsJsonAsync("/api/v1/users", new { email, name = "Outage" });
                outcomes.Add(new Outcome(email, response.StatusCode, clock.Elapsed - started, started,
                    response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync()));
            }
        })).ToArray();

        // The outage starts once the load is flowing and ends once requests have met it: markers, not a clock.
        await Eventually.HoldsAsync(() => outcomes.Count(o => o.Status == HttpStatusCode.Created) >= 50, TimeSpan.FromSeconds(10),
            "50 registrations acknowledged before the outage");
        await Repository.RunScriptAsync("postgres.sh", "halt", _serverDirectory);
        var haltedAt = clock.Elapsed;
        await Eventually.HoldsAsync(() => outcomes.Count(o => o.At > haltedAt && o.Status != HttpStatusCode.Created) >= 50, TimeSpan.FromSeconds(10),
            "50 requests that met the outage answered");
        await Repository.RunScriptAsync("postgres.sh", "resume", _serverDirectory);
        var resumedAt = clock.Elapsed;
        Interlocked.Exchange(ref stopAt, (resumedAt + AfterResume).Ticks);
        await Task.WhenAll(workers);

        var failures = outcomes.Where(o => o.Status != HttpStatusCode.Created).ToList();
        var acknowledged = outcomes.Where(o => o.Status == HttpStatusCode.Created).ToList();
        output.WriteLine($"{acknowledged.Count} created, {failures.Count} failed; halted at {haltedAt.TotalSeconds:F1} s, resumed at {resumedAt.TotalSeconds:F1} s; " +
            $"slowest failure {failures.Select(f => f.Took).DefaultIfEmpty().Max().TotalMilliseconds:F0} ms");
        Assert.NotEmpty(failures);
        Assert.All(failures, f =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, f.Status);
            Assert.Equal("application/problem+json", f.ContentType);
            Assert.Contains("\"code\":\"storage-unavailable\"", f.Body, StringComparison.Ordinal);
            Assert.True(f.Took < TimeSpan.FromSeconds(5), $"A failure took {f.Took}.");
        });
        // Keel recovered by itself: registrations started after the resume succeed.
        Assert.Contains(acknowledged, a => a.At > resumedAt);

        foreach (var user in acknowledged)
        {
            var stored = await http.GetFromJsonAsync<UserView>($"/api/v1/users/{(await ReadUserAsync(user)).UserId}");
            Assert.Equal(user.Email, stored!.Email);
        }
        await Eventually.GetAsync(
            () => Task.FromResult(acknowledged.Count(a => MailFilesTo(a.Email) > 0)), n => n == acknowledged.Count, TimeSpan.FromSeconds(60),
            "a welcome mail for every acknowledged registration", n => $"{n} of {acknowledged.Count}");
        // Nothing is left that could mail again: then every address has exactly one mail, acknowledged or not.
        await Eventually.GetAsync(() => PostgresDatabase.BridgeBacklogAsync(_connectionString), b => b.IsEmpty, TimeSpan.FromSeconds(60), "every event delivered and checkpointed");
        Assert.All(outcomes, o => Assert.True(MailFilesTo(o.Email) <= 1, $"{o.Email} got {MailFilesTo(o.Email)} mails."));
        Assert.All(acknowledged, a => Assert.Equal(1, MailFilesTo(a.Email)));
    }

    private static Task<UserView> ReadUserAsync(Outcome outcome) =>
        Task.FromResult(System.Text.Json.JsonSerializer.Deserialize<UserView>(outcome.Body, System.Text.Json.JsonSerializerOptions.Web)!);

    private int MailFilesTo(string email) =>
        _mail.GetFiles("*.eml").Count(f => File.ReadAllText(f.FullName).Contains(email, StringComparison.Ordinal));

    public async Task InitializeAsync() =>
        _connectionString = await Repository.RunScriptAsync("postgres.sh", "start", _serverDirectory, "26200");

    public async Task DisposeAsync()
    {
        await Repository.RunScriptAsync("postgres.sh", "stop", _serverDirectory);
        _mail.Delete(recursive: true);
    }
}
