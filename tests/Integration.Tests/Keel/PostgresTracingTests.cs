using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Keel.ServiceDefaults;

namespace Keel.Integration.Tests;

public sealed class PostgresTracingTests : IAsyncLifetime, IDisposable
{
    private readonly PostgresDatabase _database = new();
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-trace-mail-");
    private readonly SpanRecorder _recorder = new();

    [Fact]
    public async Task TheSubscriptionJoinsTheCommandsTraceThroughThePostgresBridge()
    {
        await using var app = new PostgresApiFactory(_database.ConnectionString, _mail.FullName, _recorder.AddTo,
            new Dictionary<string, string> { [TelemetryNames.TracesSetting] = "true" });
        var http = app.CreateClient();
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/users")
        {
            Content = JsonContent.Create(new { email = $"pgtrace-{Guid.NewGuid():N}@example.com", name = "Ada" }),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        Assert.Equal(HttpStatusCode.Created, (await http.SendAsync(request)).StatusCode);
        // Spans are exported when they end, and the request's server span can end after the subscription's (delivery
        // is woken by the append): wait for both.
        var trace = await Eventually.GetAsync(
            () => Task.FromResult(_recorder.Spans.Where(s => s.TraceId == traceId).ToArray()),
            spans => spans.Any(s => s.DisplayName.StartsWith("WelcomeMailSubscription", StringComparison.Ordinal))
                && spans.Any(s => s.Source.Name == "Microsoft.AspNetCore"),
            TimeSpan.FromSeconds(20), $"the request's and the subscription's spans in trace {traceId}",
            spans => string.Join(", ", spans.Select(s => $"{s.Source.Name}: {s.DisplayName}")));

        Assert.Contains(trace, s => s.Source.Name == "Microsoft.AspNetCore");
        Assert.Contains(trace, s => s.DisplayName == "IUserRegistrationGrain/RegisterAsync");
        Assert.Single(trace, s => s.Source.Name == "Keel" && s.DisplayName == "WelcomeMailSubscription keel.users.user-registered.v1");
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _mail.Delete(recursive: true);
    }

    public void Dispose() => _recorder.Dispose();
}
