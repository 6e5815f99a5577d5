using System.Net;
using System.Net.Http.Json;
using Keel.Grains.Interfaces.Email;
using Keel.Grains.Interfaces.Users;
using Keel.Grains.Hosting;

namespace Keel.Integration.Tests;

/// <summary>kill -9 of the real process: nothing that was acknowledged is lost, and effects happen once.</summary>
public sealed class CrashTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-crash-mail-");

    private Dictionary<string, string> Settings() => new()
    {
        [KeelSettings.Storage] = "Postgres",
        [KeelSettings.PostgresConnectionString] = _database.ConnectionString,
        [KeelSettings.ServiceId] = "keel-crash-test",
        ["Keel:Mail:PickupDirectory"] = _mail.FullName,
    };

    [Fact]
    public async Task EveryAcknowledgedRegistrationSurvivesAKillAndIsWelcomedOnce()
    {
        var addresses = Enumerable.Range(0, 20).Select(i => $"crash-{i}-{Guid.NewGuid():N}@example.com").ToArray();
        UserView[] created;
        await using (var api = await KeelProcess.StartApiAsync(Settings()))
        {
            using var http = api.CreateClient();
            var responses = await Task.WhenAll(addresses.Select(a => http.PostAsJsonAsync("/api/v1/users", new { email = a, name = "Crash" })));
            api.KillHard();
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
            created = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<UserView>()!)) as UserView[];
        }

        await using var restarted = await KeelProcess.StartApiAsync(Settings());
        using var client = restarted.CreateClient();
        foreach (var user in created)
        {
            Assert.Equal(user, await client.GetFromJsonAsync<UserView>($"/api/v1/users/{user.UserId}"));
        }
        var counts = await Eventually.GetAsync(
            () => Task.WhenAll(addresses.Select(async a => (await MessagesAsync(client, a)).Length)),
            c => c.All(n => n >= 1),
            TimeSpan.FromSeconds(90), "a mail for every acknowledged registration (mails per user)");
        Assert.True(counts.All(n => n == 1), $"Mails per user: {string.Join(",", counts)}\n{restarted.Output}");
        // What the killed process had published or leased is redelivered after the visibility timeout (30 s by default)
        // and must be skipped: once the bridge is empty, no duplicate can follow.
        await Eventually.GetAsync(_database.BridgeBacklogAsync, b => b.IsEmpty, TimeSpan.FromSeconds(90), "every event published and acknowledged after the restart");
        Assert.All(addresses, a => Assert.Single(_mail.GetFiles("welcome.*.eml"), f => File.ReadAllText(f.FullName).Contains(a, StringComparison.Ordinal)));
        Assert.All(await Task.WhenAll(addresses.Select(a => MessagesAsync(client, a))), m => Assert.Single(m));
    }

    private static async Task<MailView[]> MessagesAsync(HttpClient http, string address) =>
        (await http.GetFromJsonAsync<MailView[]>($"/api/v1/email/messages?to={Uri.EscapeDataString(address)}"))!;

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _mail.Delete(recursive: true);
    }
}
