using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Keel.Grains.Hosting;
using Keel.Grains.Interfaces.Email;
using Keel.Grains.Interfaces.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Xunit.Abstractions;

namespace Keel.Integration.Tests;

/// <summary>
/// The real Api, started as a user would start the built dll from any other folder, in Production, on PostgreSQL, at
/// the most talkative log levels and exporting OTLP: after a registration, reading its mail (<c>?to=</c>), a stream
/// with <c>?access_token=</c> and the dashboard opened with an admin token in its address, neither its console nor any
/// OTLP record (logs, spans, metrics) holds a token or an e-mail address. It finds its own appsettings.json and wwwroot.
/// </summary>
public sealed partial class LogRedactionTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-redact-mail-");
    private readonly DirectoryInfo _foreign = Directory.CreateTempSubdirectory("keel-redact-cwd-");
    private readonly ConcurrentQueue<(string Signal, byte[] Body)> _exported = new();
    private WebApplication? _collector;
    private Uri _collectorAddress = null!;

    [Fact]
    public async Task AProductionProcessStartedFromAForeignFolderLogsAndExportsNoTokenAndNoAddress()
    {
        await using var api = await KeelProcess.StartApiAsync(new Dictionary<string, string>
        {
            [KeelSettings.Storage] = "Postgres",
            [KeelSettings.PostgresConnectionString] = _database.ConnectionString,
            [KeelSettings.DashboardEnabled] = "true",
            ["Keel:Mail:PickupDirectory"] = _mail.FullName,
            // Every request's lines ("Request starting ... ?access_token=...") and Orleans' grain ids (address keys).
            ["Logging:LogLevel:Default"] = "Debug",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Orleans"] = "Debug",
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = _collectorAddress.ToString().TrimEnd('/'),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "500",
            ["OTEL_BLRP_SCHEDULE_DELAY"] = "500",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "1000",
        }, workingDirectory: _foreign.FullName);
        using var anonymous = api.CreateClient().As(null);
        var local = $"redact-{Guid.NewGuid():N}";

        // Register, and read the welcome mail with the user's token (the address travels in the query).
        var registered = await anonymous.PostAsJsonAsync("/api/v1/users", new { email = $"{local}@Example.com", name = "Ada" });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var user = (await registered.Content.ReadFromJsonAsync<UserView>())!;
        var userToken = TestAuth.TokenFor(user.UserId.ToString());
        using var asUser = api.CreateClient().As(userToken);
        await Eventually.GetAsync(
            () => asUser.GetFromJsonAsync<MailView[]>($"/api/v1/email/messages?to={Uri.EscapeDataString(user.Email)}")!,
            mails => mails!.Length == 1, TimeSpan.FromSeconds(30), "the welcome mail, read with ?to=<address>");

        // A stream with the token in its address, as a browser's EventSource opens it.
        var player = user.UserId.ToString();
        Assert.Equal(HttpStatusCode.Created,
            (await asUser.PostAsJsonAsync($"/api/v1/lobby/players/{player}/join", new { address = "friends:new:2" })).StatusCode);
        using (var events = new HttpClient { BaseAddress = api.Address, Timeout = Timeout.InfiniteTimeSpan })
        using (var sse = await SseReader.OpenAsync(events, $"/api/v1/lobby/players/{player}/events?access_token={userToken}"))
        {
            Assert.Equal("room", (await sse.NextAsync("the room")).Event);
        }

        // The dashboard, opened with an admin token in its address: no redirect keeps the token, the cookie carries it.
        var hops = await FollowAsync(api.Address!, $"/dashboard?access_token={TestAuth.AdminToken}");
        Assert.True(hops.Count >= 2, $"a redirect first: {string.Join(", ", hops)}");
        Assert.All(hops, hop => Assert.DoesNotContain("access_token", hop.Location, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, hops[^1].Status);

        // The lobby page, from the application's folder although the process runs elsewhere.
        var page = await anonymous.GetAsync("/lobby/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);

        // The page's request is the last: once its log line and span are exported, everything before them is.
        await Eventually.GetAsync(() => Task.FromResult(Exported("logs").Contains("/lobby/", StringComparison.Ordinal)
                && Exported("traces").Contains("/lobby/", StringComparison.Ordinal) && Exported("traces").Contains("/events", StringComparison.Ordinal)),
            done => done, TimeSpan.FromSeconds(30), "the run's log records and spans exported");
        var console = api.Output;

        // Its content root (appsettings.json, wwwroot) is its own folder, and the requests were logged, redacted.
        Assert.Contains($"Content root path: {KeelProcess.ApplicationFolder("Api")}{Environment.NewLine}", console, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(KeelProcess.ApplicationFolder("Api"), "appsettings.json")));
        Assert.Contains($"/api/v1/lobby/players/{player}/events?<redacted>", console, StringComparison.Ordinal);
        Assert.Contains("/api/v1/email/messages?<redacted>", console, StringComparison.Ordinal);
        Assert.Contains("?<redacted>", Exported("logs"), StringComparison.Ordinal);
        Assert.Contains("keel.email.mailbox/<address>", Exported("traces"), StringComparison.Ordinal);

        var secrets = new[] { local, "access_token=", Signature(userToken), Signature(TestAuth.AdminToken) };
        var leaks = Leaks("console", console, secrets)
            .Concat(_exported.SelectMany(e => Leaks($"OTLP {e.Signal}", Encoding.UTF8.GetString(e.Body), secrets)))
            .ToList();
        if (leaks.Count > 0)
        {
            output.WriteLine(console);
        }
        Assert.True(leaks.Count == 0, $"Leaks ({string.Join(", ", leaks.CountBy(l => l.Where).Select(c => $"{c.Key}: {c.Value}"))}), the first:\n"
            + string.Join("\n", leaks.Take(10)));
    }

    /// <summary>What in <paramref name="text"/> is a token, an address or one of this run's <paramref name="secrets"/>.</summary>
    private static IEnumerable<Leak> Leaks(string where, string text, string[] secrets) =>
        secrets.Where(s => text.Contains(s, StringComparison.OrdinalIgnoreCase)).Select(s => new Leak(where, s))
            .Concat(JwtPattern().Matches(text).Select(m => new Leak(where, $"a JWT {m.Value}")))
            .Concat(AddressPattern().Matches(text).Select(m => new Leak(where, $"an address {m.Value}")));

    private sealed record Leak(string Where, string What)
    {
        public override string ToString() => $"{Where}: {What}";
    }

    private static string Signature(string jwt) => jwt[(jwt.LastIndexOf('.') + 1)..];

    /// <summary>Every answer from <paramref name="path"/> on, following redirects by hand with the cookies they set.</summary>
    private static async Task<List<(HttpStatusCode Status, string Location)>> FollowAsync(Uri address, string path)
    {
        // Outside Development the dashboard's cookie is Secure (a browser returns it over HTTPS only): return it here by hand.
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
        using var http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        var hops = new List<(HttpStatusCode, string)>();
        var next = path;
        string? cookie = null;
        for (var i = 0; i < 5 && next is not null; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            if (cookie is not null)
            {
                request.Headers.Add("Cookie", cookie);
            }
            using var response = await http.SendAsync(request);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                cookie = set.First().Split(';')[0];
            }
            var location = response.Headers.Location?.ToString();
            hops.Add((response.StatusCode, location ?? ""));
            next = (int)response.StatusCode is >= 300 and < 400 ? location : null;
        }
        return hops;
    }

    private string Exported(string signal) =>
        string.Join("\n", _exported.Where(e => e.Signal == signal).Select(e => Encoding.UTF8.GetString(e.Body)));

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{8,}\.eyJ")]
    private static partial Regex JwtPattern();

    /// <summary>An address, also URL-encoded; two characters before the @ at least, so a protobuf length byte (64 is '@') next to a tag byte is not one.</summary>
    [GeneratedRegex(@"[A-Za-z0-9._%+-]{2,}(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex AddressPattern();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _collector = builder.Build();
        _collector.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            _exported.Enqueue((signal, body.ToArray()));
            return Results.Ok();
        });
        await _collector.StartAsync();
        _collectorAddress = new Uri(_collector.Urls.First());
    }

    public async Task DisposeAsync()
    {
        if (_collector is not null)
        {
            await _collector.DisposeAsync();
        }
        await _database.DisposeAsync();
        _mail.Delete(recursive: true);
        _foreign.Delete(recursive: true);
    }
}
