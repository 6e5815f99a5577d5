using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Xunit.Abstractions;

namespace Keel.AppHost.Tests;

/// <summary>
/// `dotnet run --project aspire/AppHost` as a test: PostgreSQL (the AppHost's own executable resource, on a fresh
/// data folder), the users and email silos and the client Api, all on free ports.
/// </summary>
public class AppHostTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(30);
    private static readonly string[] Resources = ["postgres", "silo-users", "silo-email", "silo-lobby-games-wallet-statistics", "api"];

    [Fact]
    public async Task ARegistrationThroughTheClusterSendsTheWelcomeMail()
    {
        var clock = Stopwatch.StartNew();
        using var start = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            ["--postgres", "local", "--keep-data", "false"],
            (options, _) => options.DisableDashboard = true,
            start.Token);
        await using var app = await builder.BuildAsync(start.Token);
        await app.StartAsync(start.Token);
        await WaitUntilHealthyAsync(app, start.Token);
        output.WriteLine($"Healthy after {clock.Elapsed.TotalSeconds:F1} s");

        using var http = app.CreateHttpClient("api", "http");
        http.Timeout = TimeSpan.FromSeconds(30);
        var email = $"ada-{Guid.NewGuid():N}@example.com";
        var response = await WhileTheClusterFormsAsync("users", () => http.PostAsJsonAsync("/api/v1/users", new { email, name = "Ada Lovelace" }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        // Reading the mails needs the user's own token: the README's command prints one.
        var user = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var token = await DevelopmentToken.ForAsync(user.GetProperty("userId").GetString()!);
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var mails = await WaitForMailAsync(http, email);
        Assert.Contains("\"kind\":\"welcome\"", mails, StringComparison.Ordinal);
        output.WriteLine($"Welcome mail seen after {clock.Elapsed.TotalSeconds:F1} s");

        // The Lobby runs on its own silo: the same user, as a player, opens a room there.
        var player = user.GetProperty("userId").GetString()!;
        var opened = await WhileTheClusterFormsAsync("lobby", () => http.PostAsJsonAsync($"/api/v1/lobby/players/{player}/join", new { address = "friends:new:2" }));
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
    }

    /// <summary>
    /// Sends as a client that honours <c>Retry-After</c> would. While the cluster forms, the gateway silo the Api talks
    /// to may not yet have seen the silo of <paramref name="service"/> become active (the dashboard's green is each
    /// gateway accepting connections): Keel then answers the documented 503 <c>service-unavailable</c> naming the
    /// service, with <c>Retry-After</c> — and nothing else; a later try within the deadline must succeed.
    /// </summary>
    private async Task<HttpResponseMessage> WhileTheClusterFormsAsync(string service, Func<Task<HttpResponseMessage>> send)
    {
        var deadline = DateTime.UtcNow + MailTimeout;
        while (true)
        {
            var response = await send();
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || DateTime.UtcNow > deadline)
            {
                return response;
            }
            var problem = await response.Content.ReadAsStringAsync();
            Assert.Contains("\"code\":\"service-unavailable\"", problem, StringComparison.Ordinal);
            Assert.Contains($"'{service}' service", problem, StringComparison.Ordinal);
            var retryAfter = response.Headers.RetryAfter?.Delta;
            Assert.True(retryAfter is not null, "a 503 without Retry-After");
            output.WriteLine($"503 while the cluster forms: {problem}");
            await Task.Delay(retryAfter.Value);
        }
    }

    private static async Task WaitUntilHealthyAsync(DistributedApplication app, CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(Resources.Select(name => app.ResourceNotifications.WaitForResourceHealthyAsync(name, cancellationToken)));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            var states = Resources.Select(name => app.ResourceNotifications.TryGetCurrentState(name, out var resource)
                ? $"{name}: {resource.Snapshot.State?.Text} / {resource.Snapshot.HealthStatus}"
                : $"{name}: unknown");
            Assert.Fail($"The resources were not healthy within {StartTimeout}: {string.Join("; ", states)}");
        }
    }

    /// <summary>Polls the Email service's mailbox until the mail is there; fails at the deadline.</summary>
    private static Task<string> WaitForMailAsync(HttpClient http, string email) => Eventually.GetAsync(
        async () =>
        {
            var response = await http.GetAsync($"/api/v1/email/messages?to={Uri.EscapeDataString(email)}");
            return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
        },
        answer => answer.StartsWith("200 ", StringComparison.Ordinal) && answer.Contains("\"kind\"", StringComparison.Ordinal),
        MailTimeout, $"a welcome mail for {email} in its mailbox");
}
