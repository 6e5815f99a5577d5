using System.Diagnostics;
using System.Text.Json;
using Keel.Grains.Hosting;
using Keel.Testing.Fuzz;
using Xunit.Abstractions;

namespace Keel.Integration.Tests;

/// <summary>
/// The fuzzer against the real Api process on PostgreSQL (every operation, the dead-letter ones included), over bare
/// sockets: Kestrel's connection-level checks run here, and the requests they refuse are the only ones excepted from
/// problem details (<see cref="KestrelRejections"/>).
/// </summary>
public sealed class EdgeFuzzProcessTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-fuzz-mail-");

    [Fact]
    public async Task NoGeneratedRequestToTheRealProcessGetsA5xxAndEvery4xxIsProblemDetailsOrAKestrelRejection()
    {
        await using var api = await KeelProcess.StartApiAsync(new Dictionary<string, string>
        {
            [KeelSettings.Storage] = "Postgres",
            [KeelSettings.PostgresConnectionString] = _database.ConnectionString,
            [KeelSettings.ServiceId] = "keel-fuzz-test",
            [KeelSettings.AdminEnabled] = "true",
            ["Keel:Mail:PickupDirectory"] = _mail.FullName,
        });
        using var http = api.CreateClient();
        var operations = FuzzOperation.ReadAll(JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json")).RootElement);
        Assert.Contains(operations, o => o.Name == "RedriveDeadLetter");
        var run = new FuzzRun
        {
            Operations = operations,
            Send = request => RawHttp.SendAsync(api.Address!, request, TimeSpan.FromSeconds(30)),
            WriteLine = output.WriteLine,
            Iterations = FuzzRun.IterationsOr(500),
            Authorize = FuzzAuth.AuthorizeAsync,
            Expect = FuzzAuth.Check,
            ConnectionRejection = KestrelRejections.Reason,
        };
        var clock = Stopwatch.StartNew();

        try
        {
            await run.RunAsync();
        }
        catch
        {
            output.WriteLine(api.Output);
            throw;
        }

        output.WriteLine($"{run.Iterations} requests in {clock.Elapsed.TotalSeconds:F1} s.");
        Assert.DoesNotContain("An unhandled exception", api.Output, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _mail.Delete(recursive: true);
    }
}
