using System.Net;
using System.Text.Json;

namespace Keel.Integration.Tests;

/// <summary>Readiness follows PostgreSQL: a server of its own is stopped and started again.</summary>
public sealed class HealthTests : IAsyncLifetime
{
    private readonly string _serverDirectory = Path.Combine(Path.GetTempPath(), $"keel-health-pg-{Guid.NewGuid():N}");
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-health-mail-");
    private string _connectionString = "";

    [Fact]
    public async Task HealthIsUnavailableWhilePostgresIsDownAndReadyWhenItIsBack()
    {
        await using var app = new PostgresApiFactory(_connectionString, _mail.FullName);
        var http = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);

        await Repository.RunScriptAsync("postgres.sh", "halt", _serverDirectory);
        var down = await Eventually.GetAsync(() => http.GetAsync("/health"), r => r.StatusCode == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(15),
            "/health answering 503 while PostgreSQL is down");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        var report = JsonDocument.Parse(await down.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Unhealthy", report.GetProperty("status").GetString());
        var postgres = report.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "postgres");
        Assert.Contains("PostgreSQL", postgres.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/alive")).StatusCode);

        await Repository.RunScriptAsync("postgres.sh", "resume", _serverDirectory);
        var back = await Eventually.GetAsync(() => http.GetAsync("/health"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(20),
            "/health answering 200 once PostgreSQL is back");
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    public async Task InitializeAsync() =>
        _connectionString = await Repository.RunScriptAsync("postgres.sh", "start", _serverDirectory, "26100");

    public async Task DisposeAsync()
    {
        await Repository.RunScriptAsync("postgres.sh", "stop", _serverDirectory);
        _mail.Delete(recursive: true);
    }
}
