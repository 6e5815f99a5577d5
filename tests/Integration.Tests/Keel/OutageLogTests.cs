using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Keel.Grains.Hosting;
using Xunit.Abstractions;

namespace Keel.Integration.Tests;

/// <summary>What the operator reads while PostgreSQL is down under load: a few lines, not a flood.</summary>
public sealed partial class OutageLogTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Unavailable = "PostgreSQL is unavailable: ";
    private const string StillUnavailable = "PostgreSQL is still unavailable after ";
    private const string Back = "PostgreSQL is back after ";

    /// <summary>Lines the outage may cost besides one per failed request: its own reports, a few lines of context.</summary>
    private const int FewLines = 10;

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly string _serverDirectory = Path.Combine(Path.GetTempPath(), $"keel-outage-log-pg-{Guid.NewGuid():N}");
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-outage-log-mail-");
    private string _connectionString = "";

    private sealed record Outcome(HttpStatusCode Status, DateTime At);

    [Fact]
    public async Task APostgresOutageUnderLoadIsAFewLinesNotAFlood()
    {
        await using var api = await KeelProcess.StartApiAsync(new Dictionary<string, string>
        {
            [KeelSettings.Storage] = "Postgres",
            [KeelSettings.PostgresConnectionString] = _connectionString,
            [KeelSettings.OutageReportInterval] = "00:00:02",
            ["Keel:Mail:PickupDirectory"] = _mail.FullName,
        });
        using var http = api.CreateClient();
        var outcomes = new ConcurrentQueue<Outcome>();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var workers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                using var response = await http.PostAsJsonAsync("/api/v1/users", new { email = $"log-{worker}-{i}-{Guid.NewGuid():N}@example.com", name = "Log" });
                outcomes.Enqueue(new Outcome(response.StatusCode, DateTime.UtcNow));
            }
        })).ToArray();

        await Eventually.HoldsAsync(() => outcomes.Count(o => o.Status == HttpStatusCode.Created) >= 30, Wait, "30 registrations before the outage");
        var linesBefore = Lines(api.Output).Length;
        await Repository.RunScriptAsync("postgres.sh", "halt", _serverDirectory);
        var haltedAt = DateTime.UtcNow;
        // The outage lasts until requests have met it and the first periodic count is out: markers, not a clock.
        await Eventually.HoldsAsync(() => outcomes.Count(o => o.At > haltedAt && o.Status != HttpStatusCode.Created) >= 20, Wait,
            "20 requests that met the outage answered");
        await Eventually.HoldsAsync(() => api.Output.Contains(StillUnavailable, StringComparison.Ordinal), Wait, "a periodic count of the outage");
        await Repository.RunScriptAsync("postgres.sh", "resume", _serverDirectory);
        await Eventually.HoldsAsync(() => api.Output.Contains(Back, StringComparison.Ordinal), Wait, "the recovery line");
        var backSeenAt = DateTime.UtcNow;
        await Eventually.HoldsAsync(() => outcomes.Count(o => o.At > backSeenAt && o.Status == HttpStatusCode.Created) >= 20, Wait,
            "20 registrations after the recovery");
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        var log = Lines(api.Output);
        var failures = outcomes.Where(o => o.Status != HttpStatusCode.Created).ToList();
        var backLine = Array.FindIndex(log, line => line.Contains(Back, StringComparison.Ordinal));
        var outageLines = log[linesBefore..(backLine + 1)];
        output.WriteLine($"{outcomes.Count - failures.Count} created, {failures.Count} failed; {outageLines.Length} log lines from the halt to the recovery:");
        output.WriteLine(string.Join('\n', outageLines));

        Assert.All(failures, f => Assert.Equal(HttpStatusCode.ServiceUnavailable, f.Status));
        Assert.Single(log, line => line.Contains(Unavailable, StringComparison.Ordinal));
        Assert.Single(log, line => line.Contains(Back, StringComparison.Ordinal));
        Assert.DoesNotContain(log, line => StackFrame().IsMatch(line));
        Assert.True(outageLines.Length <= failures.Count + FewLines,
            $"{outageLines.Length} lines for {failures.Count} failed requests:\n{string.Join('\n', outageLines)}");
        // The recovery line counts the requests that failed, as the clients saw them.
        var counted = int.Parse(BackCount().Match(log[backLine]).Groups["requests"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(counted, 20, failures.Count);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"^\s+at ")]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"PostgreSQL is back after [0-9.,]+ s; (?<requests>[0-9]+) requests failed meanwhile")]
    private static partial Regex BackCount();

    public async Task InitializeAsync() =>
        _connectionString = await Repository.RunScriptAsync("postgres.sh", "start", _serverDirectory, "26280");

    public async Task DisposeAsync()
    {
        await Repository.RunScriptAsync("postgres.sh", "stop", _serverDirectory);
        _mail.Delete(recursive: true);
    }
}
