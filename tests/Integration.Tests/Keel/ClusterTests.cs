using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Keel.Grains.Interfaces.Email;
using Keel.Grains.Interfaces.Users;
using Keel.Grains.Hosting;
using Xunit.Abstractions;

namespace Keel.Integration.Tests;

/// <summary>Real Silo and Api processes forming one cluster through PostgreSQL, with services on silos of their own.</summary>
public sealed class ClusterTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private readonly List<DirectoryInfo> _folders = [];
    private readonly List<KeelProcess> _processes = [];

    private Dictionary<string, string> Settings(string? services = null, string? mail = null)
    {
        var settings = new Dictionary<string, string>
        {
            [KeelSettings.Storage] = "Postgres",
            [KeelSettings.PostgresConnectionString] = _database.ConnectionString,
            [KeelSettings.ServiceId] = "keel-cluster-test",
            [KeelSettings.AdminEnabled] = "true",
        };
        if (services is not null)
        {
            settings[KeelSettings.Services] = services;
            settings["Keel:Mail:PickupDirectory"] = mail ?? NewFolder("mail").FullName;
        }
        return settings;
    }

    [Fact]
    public async Task UsersAndEmailRunOnTheirOwnSilosBehindAClientApi()
    {
        var usersMail = NewFolder("users-silo-mail");
        var emailMail = NewFolder("email-silo-mail");
        var usersSilo = await StartSiloAsync(Settings("users", usersMail.FullName));
        var emailSilo = await StartSiloAsync(Settings("email", emailMail.FullName));
        var api = await StartApiAsync(Settings().With(KeelSettings.Mode, "Client"));
        using var http = api.CreateClient();

        var addresses = Enumerable.Range(0, 10).Select(i => $"cluster-{i}-{Guid.NewGuid():N}@example.com").ToArray();
        var users = await Task.WhenAll(addresses.Select(a => RegisterAsync(http, a)));
        await Eventually.GetAsync(() => Task.FromResult(emailMail.GetFiles("*.eml").Length), n => n == addresses.Length, TimeSpan.FromSeconds(30),
            $"{addresses.Length} mail files written by the email silo", n => $"{n} files");
        foreach (var user in users)
        {
            Assert.Equal(user, await http.GetFromJsonAsync<UserView>($"/api/v1/users/{user.UserId}"));
        }
        foreach (var address in addresses)
        {
            Assert.Single((await http.GetFromJsonAsync<MailView[]>($"/api/v1/email/messages?to={address}"))!);
        }

        Assert.Empty(usersMail.GetFiles("*.eml"));
        var activations = await ActivationsAsync(http);
        Assert.Equal(users.Length, activations.Where(a => a.Type.Contains("UserGrain", StringComparison.Ordinal) && a.Port == usersSilo.SiloPort).Sum(a => a.Count));
        Assert.DoesNotContain(activations, a => a.Type.Contains("UserGrain", StringComparison.Ordinal) && a.Port != usersSilo.SiloPort);
        Assert.Equal(addresses.Length, activations.Where(a => a.Type.Contains("MailboxGrain", StringComparison.Ordinal) && a.Port == emailSilo.SiloPort).Sum(a => a.Count));
        Assert.DoesNotContain(activations, a => a.Type.Contains("MailboxGrain", StringComparison.Ordinal) && a.Port != emailSilo.SiloPort);
    }

    [Fact]
    public async Task WithoutAnEmailSiloMailsWaitAndArriveOnceOneStarts()
    {
        await StartSiloAsync(Settings("users"));
        var api = await StartApiAsync(Settings().With(KeelSettings.Mode, "Client"));
        using var http = api.CreateClient();
        var address = $"waiting-{Guid.NewGuid():N}@example.com";

        await RegisterAsync(http, address);
        var watch = Stopwatch.StartNew();
        var unavailable = await http.GetAsync($"/api/v1/email/messages?to={address}");
        watch.Stop();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"The 503 took {watch.Elapsed}.");
        var problem = JsonDocument.Parse(await unavailable.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("service-unavailable", problem.GetProperty("code").GetString());
        Assert.Contains("'email'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var emailMail = NewFolder("late-email-silo-mail");
        await StartSiloAsync(Settings("email", emailMail.FullName));
        var messages = await Eventually.GetAsync(
            async () => await http.GetAsync($"/api/v1/email/messages?to={address}") is { StatusCode: HttpStatusCode.OK } ok
                ? (await ok.Content.ReadFromJsonAsync<MailView[]>())!
                : [],
            m => m.Length > 0, TimeSpan.FromSeconds(60), $"a message in the mailbox of {address} once an email silo runs");
        Assert.Single(messages);
        // The deliveries that failed while no email silo ran are retried until one is acknowledged: once the bridge
        // is empty, none is left that could send a second mail.
        await Eventually.GetAsync(_database.BridgeBacklogAsync, b => b.IsEmpty, TimeSpan.FromSeconds(60), "every event published and acknowledged");
        Assert.Single(emailMail.GetFiles("*.eml"));
    }

    [Fact]
    public async Task AClientApiIsNotReadyUntilASiloAnswersAndThenServes()
    {
        var api = await StartApiAsync(Settings().With(KeelSettings.Mode, "Client"), waitUntilReady: false);
        using var http = api.CreateClient();

        var notReady = await http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/alive")).StatusCode);

        await StartSiloAsync(Settings("users,email"));
        var ready = await Eventually.GetAsync(() => http.GetAsync("/health"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30),
            "/health answering 200 once a silo runs");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        await RegisterAsync(http, $"late-cluster-{Guid.NewGuid():N}@example.com");
    }

    [Fact]
    public async Task ADeadLetterKeepsTheSubscribersReasonWhicheverSiloGaveUpOnIt()
    {
        // The email silo's mail relay refuses every connection. Pulling agents run on both silos (eight partitions),
        // so some failures are given up on by the users silo, away from the subscriber that threw.
        var failing = Settings("email")
            .With("Keel:Mail:Smtp:Host", "127.0.0.1").With("Keel:Mail:Smtp:Port", "1")
            .With($"{KeelSettings.Bridge}:MaxAttempts", "2").With($"{KeelSettings.Bridge}:VisibilityTimeout", "00:00:01")
            .With($"{KeelSettings.Bridge}:DeliveryTimeout", "00:00:01");
        await StartSiloAsync(Settings("users").With($"{KeelSettings.Bridge}:MaxAttempts", "2")
            .With($"{KeelSettings.Bridge}:VisibilityTimeout", "00:00:01").With($"{KeelSettings.Bridge}:DeliveryTimeout", "00:00:01"));
        await StartSiloAsync(failing);
        var api = await StartApiAsync(Settings().With(KeelSettings.Mode, "Client"));
        using var http = api.CreateClient();

        var addresses = Enumerable.Range(0, 12).Select(i => $"relay-{i}-{Guid.NewGuid():N}@example.com").ToArray();
        await Task.WhenAll(addresses.Select(a => RegisterAsync(http, a)));
        var letters = await Eventually.GetAsync(async () => (await DeadLettersAsync(http)).Length, n => n == addresses.Length, TimeSpan.FromSeconds(90),
            "a dead letter for every registration", n => $"{n} dead letters");

        Assert.All(await DeadLettersAsync(http), letter =>
        {
            Assert.Equal("users", letter.GetProperty("streamNamespace").GetString());
            // The subscriber's exception ("Type: message"), not the fallback a silo writes when it has no reason.
            var reason = letter.GetProperty("reason").GetString()!;
            Assert.Contains("Exception: ", reason, StringComparison.Ordinal);
            Assert.DoesNotContain("delivery to a subscriber failed", reason, StringComparison.Ordinal);
        });
    }

    private static async Task<JsonElement[]> DeadLettersAsync(HttpClient http) =>
        [.. JsonDocument.Parse(await http.GetStringAsync("/api/v1/admin/dead-letters?limit=100")).RootElement.EnumerateArray()];

    private static async Task<UserView> RegisterAsync(HttpClient http, string address)
    {
        var response = await http.PostAsJsonAsync("/api/v1/users", new { email = address, name = "Ada" });
        await response.AssertStatusAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<UserView>())!;
    }

    private static async Task<(int Port, string Type, int Count)[]> ActivationsAsync(HttpClient http) =>
        [.. JsonDocument.Parse(await http.GetStringAsync("/api/v1/admin/activations")).RootElement.EnumerateArray()
            .Select(a => (
                int.Parse(a.GetProperty("silo").GetString()!.Split(':')[^1], System.Globalization.CultureInfo.InvariantCulture),
                a.GetProperty("grainType").GetString()!,
                a.GetProperty("count").GetInt32()))];

    private async Task<KeelProcess> StartSiloAsync(Dictionary<string, string> settings)
    {
        var silo = await KeelProcess.StartSiloAsync(settings);
        _processes.Add(silo);
        return silo;
    }

    private async Task<KeelProcess> StartApiAsync(Dictionary<string, string> settings, bool waitUntilReady = true)
    {
        var api = await KeelProcess.StartApiAsync(settings, waitUntilReady);
        _processes.Add(api);
        return api;
    }

    private DirectoryInfo NewFolder(string name)
    {
        var folder = Directory.CreateTempSubdirectory($"keel-{name}-");
        _folders.Add(folder);
        return folder;
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
            // What each process wrote: shown only when a test fails (xUnit prints a failed test's output).
            output.WriteLine($"--- {process.Address?.ToString() ?? $"silo :{process.SiloPort}"} ---{Environment.NewLine}{process.Output}");
        }
        await _database.DisposeAsync();
        _folders.ForEach(f => f.Delete(recursive: true));
    }
}

internal static class SettingsExtensions
{
    public static Dictionary<string, string> With(this Dictionary<string, string> settings, string key, string value)
    {
        settings[key] = value;
        return settings;
    }
}
