using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Keel.Grains.Interfaces.Users;
using Keel.Grains.Email;
using Keel.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Keel.Integration.Tests;

/// <summary>Faults on the path from a command to its subscription's effect, against a real PostgreSQL.</summary>
public sealed class BridgeFaultTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-fault-mail-");
    private readonly SwitchableMailSender _sender = new();

    private PostgresApiFactory App() => new(_database.ConnectionString, _mail.FullName,
        services => services.AddSingleton<IMailSender>(_sender),
        new Dictionary<string, string>
        {
            [KeelSettings.AdminEnabled] = "true",
            [$"{KeelSettings.Bridge}:VisibilityTimeout"] = "00:00:01",
            [$"{KeelSettings.Bridge}:MaxAttempts"] = "3",
            [$"{KeelSettings.Bridge}:DeliveryTimeout"] = "00:00:01",
        });

    [Fact]
    public async Task AnAppendTheProcessNeverDeliveredIsDeliveredOnceByTheNextProcess()
    {
        var address = $"undelivered-{Guid.NewGuid():N}@example.com";
        UserView user;
        await using (var first = App())
        {
            var http = first.CreateClient();
            // Appends keep working; this process can no longer read the log for delivery.
            await _database.ExecuteAsync("ALTER FUNCTION keel_visible_tx_bound() RENAME TO keel_visible_tx_bound_unavailable");
            var created = await http.PostAsJsonAsync("/api/v1/users", new { email = address, name = "Ada" });

            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            user = (await created.Content.ReadFromJsonAsync<UserView>())!;
            // The positive marker: the event is in the log, and no checkpoint has passed it.
            Assert.Equal(1, await _database.ScalarAsync<int>(
                $"SELECT count(*) FROM keel_events WHERE stream LIKE '%{user.UserId:N}' AND partition IS NOT NULL"));
            Assert.Equal(1, (await _database.BridgeBacklogAsync()).UndeliveredEvents);
            Assert.Empty(_sender.Sent);
        }
        await _database.ExecuteAsync("ALTER FUNCTION keel_visible_tx_bound_unavailable() RENAME TO keel_visible_tx_bound");

        await using var second = App();
        _ = second.CreateClient();
        var sent = await Eventually.GetAsync(() => Task.FromResult(_sender.Sent), s => s.Count > 0, TimeSpan.FromSeconds(40),
            "the undelivered event's mail sent by the next process", s => $"{s.Count} sent");

        Assert.Single(sent, m => m.To == address);
        // The checkpoint has passed it and nothing is queued: nothing is left that could send a second mail.
        await Eventually.GetAsync(_database.BridgeBacklogAsync, b => b.IsEmpty, TimeSpan.FromSeconds(20), "the event delivered and checkpointed");
        Assert.Single(_sender.Sent, m => m.To == address);
    }

    [Fact]
    public async Task AFailingSubscriberIsRetriedThenDeadLetteredAndARedriveAfterTheFixDeliversOnce()
    {
        await using var app = App();
        var http = app.CreateClient();
        var address = $"deadletter-{Guid.NewGuid():N}@example.com";
        _sender.Broken = true;

        Assert.Equal(HttpStatusCode.Created, (await http.PostAsJsonAsync("/api/v1/users", new { email = address, name = "Ada" })).StatusCode);
        var letters = await Eventually.GetAsync(() => DeadLettersAsync(http), l => l.Length > 0, TimeSpan.FromSeconds(40), "a dead letter for the refused event");

        var letter = Assert.Single(letters);
        Assert.Equal("users", letter.GetProperty("streamNamespace").GetString());
        Assert.Equal(3, letter.GetProperty("attempts").GetInt32());
        Assert.Contains("The mail relay refused the connection.", letter.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Empty(_sender.Sent);

        _sender.Broken = false;
        var redrive = await http.PostAsync($"/api/v1/admin/dead-letters/{letter.GetProperty("id").GetInt64()}/redrive", null);
        Assert.Equal(HttpStatusCode.Accepted, redrive.StatusCode);

        var sent = await Eventually.GetAsync(() => Task.FromResult(_sender.Sent), s => s.Count > 0, TimeSpan.FromSeconds(20),
            "the redriven event's mail sent", s => $"{s.Count} sent");
        Assert.Single(sent, m => m.To == address);
        Assert.Empty(await DeadLettersAsync(http));
        var again = await http.PostAsync($"/api/v1/admin/dead-letters/{letter.GetProperty("id").GetInt64()}/redrive", null);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        // The redriven message is acknowledged: nothing is left that could send a second mail.
        await Eventually.GetAsync(_database.BridgeBacklogAsync, b => b.IsEmpty, TimeSpan.FromSeconds(20), "the redriven message acknowledged");
        Assert.Single(_sender.Sent, m => m.To == address);
    }

    private static async Task<JsonElement[]> DeadLettersAsync(HttpClient http) =>
        [.. JsonDocument.Parse(await http.GetStringAsync("/api/v1/admin/dead-letters")).RootElement.EnumerateArray()];

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _mail.Delete(recursive: true);
    }
}
