using System.Net;
using System.Net.Http.Json;
using Keel.Grains.Hosting;

namespace Keel.Integration.Tests;

/// <summary>What a client Api logs while no silo answers: one outage, not the gateway manager's warnings several times a second.</summary>
public sealed class ClusterOutageLogTests : IAsyncLifetime
{
    private const string Unavailable = "The cluster is unavailable: ";
    private const string Back = "The cluster is back after ";

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private readonly PostgresDatabase _database = new();
    private readonly KeelProcesses _processes = new();

    private Dictionary<string, string> Settings() => new()
    {
        [KeelSettings.Storage] = "Postgres",
        [KeelSettings.PostgresConnectionString] = _database.ConnectionString,
        [KeelSettings.ServiceId] = "keel-cluster-outage-test",
    };

    [Fact]
    public async Task AClientApiWhoseSiloDiedLogsOneOutageAndItsEnd()
    {
        var doomed = await StartAsync(KeelProcess.StartSiloAsync(Settings()));
        var clientSettings = Settings();
        clientSettings[KeelSettings.Mode] = "Client";
        var api = await StartAsync(KeelProcess.StartApiAsync(clientSettings));
        using var http = api.CreateClient();
        var failed = 0;
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        // Requests keep coming while the cluster is away; each is answered, none is logged.
        var load = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                using var response = await http.PostAsJsonAsync("/api/v1/users", new { email = $"cluster-{i}-{Guid.NewGuid():N}@example.com", name = "C" });
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        });

        doomed.KillHard();
        await Eventually.HoldsAsync(() => api.Output.Contains(Unavailable, StringComparison.Ordinal), Wait, "the outage warning");
        await Eventually.HoldsAsync(() => Volatile.Read(ref failed) >= 5, Wait, "5 requests that met the outage");
        await StartAsync(KeelProcess.StartSiloAsync(Settings()));
        await Eventually.HoldsAsync(() => api.Output.Contains(Back, StringComparison.Ordinal), Wait, "the recovery line");
        await stop.CancelAsync();
        await load;

        var log = api.Output.Split('\n');
        Assert.Single(log, line => line.Contains(Unavailable, StringComparison.Ordinal));
        Assert.Single(log, line => line.Contains(Back, StringComparison.Ordinal));
        Assert.DoesNotContain(log, line => line.Contains("Orleans.Messaging.GatewayManager", StringComparison.Ordinal));
        Assert.DoesNotContain(log, line => line.Contains("Orleans.Runtime.Messaging", StringComparison.Ordinal));
        Assert.DoesNotContain(log, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    private Task<KeelProcess> StartAsync(Task<KeelProcess> starting) => _processes.StartAsync(starting);

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _processes.StopAllAsync();
        await _database.DisposeAsync();
    }
}
