using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Keel.Grains.Interfaces.Email;

namespace Keel.Api.Tests;

public sealed class TracingTests(TelemetryApiFactory factory) : IClassFixture<TelemetryApiFactory>
{
    private readonly HttpClient _http = factory.CreateClient();

    [Fact]
    public async Task ARegistrationIsOneTraceFromHttpThroughTheGrainToTheSubscription()
    {
        var address = $"trace-{Guid.NewGuid():N}@example.com";
        // The caller starts the trace, as a traced client or gateway would; other tests' spans have other trace ids.
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/users") { Content = JsonContent.Create(new { email = address, name = "Ada" }) };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        var created = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        // Spans are exported when they end: the subscription's span ends last, after its call to the mailbox.
        var trace = await WaitForTraceAsync(traceId, spans =>
            spans.Any(s => s.DisplayName.StartsWith("WelcomeMailSubscription", StringComparison.Ordinal)) && spans.Any(s => s.Source.Name == "Microsoft.AspNetCore"));
        Assert.Single(trace, s => s.Kind == ActivityKind.Server && s.Source.Name == "Microsoft.AspNetCore"
            && Equals(s.GetTagItem("url.path"), "/api/v1/users"));

        // A new user is registered, and their mailbox sent its first mail, by stateless workers: no activation of their own.
        Assert.Contains(trace, s => s.Source.Name == "Microsoft.Orleans.Application" && s.DisplayName == "IUserRegistrationGrain/RegisterAsync");
        Assert.Single(trace, s => s.Source.Name == "Keel" && s.DisplayName == "WelcomeMailSubscription keel.users.user-registered.v1");
        Assert.Contains(trace, s => s.Source.Name == "Microsoft.Orleans.Application" && s.DisplayName == "IMailDeliveryGrain/SendWelcomeAsync");
        Assert.Single(await _http.GetFromJsonAsync<MailView[]>($"/api/v1/email/messages?to={address}") ?? []);
    }

    private Task<Activity[]> WaitForTraceAsync(ActivityTraceId traceId, Func<Activity[], bool> until) =>
        Eventually.GetAsync(() => Task.FromResult<Activity[]>([.. factory.Spans.Where(s => s.TraceId == traceId)]), until,
            TimeSpan.FromSeconds(10), $"the spans of trace {traceId} up to the subscription's",
            spans => string.Join(", ", spans.Select(s => $"{s.Source.Name}: {s.DisplayName}")));
}
