using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Keel.Integration.Tests;

/// <summary>
/// The real Api process, configured only by the standard OTEL_EXPORTER_OTLP_* variables, exports one registration's
/// whole path to an OTLP/HTTP endpoint. The endpoint here is a minimal receiver that keeps the protobuf bodies;
/// trace ids travel as raw bytes and span names as plain strings inside them.
/// </summary>
public sealed class OtlpExportTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<byte[]> _traceBodies = new();
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-otlp-mail-");
    private WebApplication? _collector;
    private Uri _collectorAddress = null!;

    [Fact]
    public async Task ARegistrationsWholePathReachesTheOtlpEndpointAsOneTrace()
    {
        await using var api = await KeelProcess.StartApiAsync(new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = _collectorAddress.ToString().TrimEnd('/'),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "500",
            ["Keel:Mail:PickupDirectory"] = _mail.FullName,
        });
        using var http = api.CreateClient();
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/users")
        {
            Content = JsonContent.Create(new { email = $"otlp-{Guid.NewGuid():N}@example.com", name = "Ada" }),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        Assert.Equal(HttpStatusCode.Created, (await http.SendAsync(request)).StatusCode);

        var found = await Eventually.GetAsync(() => Task.FromResult(SpanNamesInTrace(traceId)),
            names => names.Length == ExpectedSpans.Length, TimeSpan.FromSeconds(30), $"the {ExpectedSpans.Length} expected spans of trace {traceId} exported");
        Assert.Equal(ExpectedSpans, found);
    }

    /// <summary>HTTP, the registration worker's call, the subscription, and the mail delivery worker's call it makes.</summary>
    private static readonly string[] ExpectedSpans =
        ["POST /api/v1/users", "IUserRegistrationGrain/RegisterAsync", "WelcomeMailSubscription keel.users.user-registered.v1", "IMailDeliveryGrain/SendWelcomeAsync"];

    /// <summary>Which expected span names occur in bodies that carry the trace id (16 raw bytes in OTLP protobuf).</summary>
    private string[] SpanNamesInTrace(ActivityTraceId traceId)
    {
        var id = Convert.FromHexString(traceId.ToHexString());
        var texts = _traceBodies.Where(body => body.AsSpan().IndexOf(id) >= 0).Select(body => Encoding.UTF8.GetString(body)).ToArray();
        return [.. ExpectedSpans.Where(name => texts.Any(text => text.Contains(name, StringComparison.Ordinal)))];
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _collector = builder.Build();
        _collector.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            _traceBodies.Enqueue(body.ToArray());
            return Results.Ok();
        });
        _collector.MapPost("/v1/{signal}", () => Results.Ok());
        await _collector.StartAsync();
        _collectorAddress = new Uri(_collector.Urls.First());
    }

    public async Task DisposeAsync()
    {
        if (_collector is not null)
        {
            await _collector.DisposeAsync();
        }
        _mail.Delete(recursive: true);
    }
}
