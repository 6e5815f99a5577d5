using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace Keel.Api.Tests;

/// <summary>An Api whose callers may hold two streams at once.</summary>
public sealed class TwoStreamsApiFactory : KeelApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Keel:Realtime:MaxStreamsPerCaller", "2");
        builder.UseSetting("Keel:Realtime:OpensPerSecondPerCaller", "100");
    }
}

public class RealtimeLimitsTests(TwoStreamsApiFactory factory) : IClassFixture<TwoStreamsApiFactory>
{
    [Fact]
    public async Task ACallerBeyondTheirStreamCeilingIsRefusedUntilOneCloses()
    {
        var ada = $"lim-{Guid.NewGuid():N}";
        var http = factory.CreateClient().As(TestAuth.TokenFor(ada));
        var events = $"/api/v1/lobby/players/{ada}/events";
        using var first = await SseReader.OpenAsync(http, events);
        var second = await SseReader.OpenAsync(http, events);

        var third = await http.GetAsync(new Uri(events, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);

        await third.AssertProblemAsync(HttpStatusCode.TooManyRequests, "realtime.too-many-streams");
        Assert.NotNull(third.Headers.RetryAfter);
        var other = $"lim-{Guid.NewGuid():N}";
        using var someoneElse = await SseReader.OpenAsync(factory.CreateClient().As(TestAuth.TokenFor(other)), $"/api/v1/lobby/players/{other}/events");
        second.Dispose();
        await Eventually.GetAsync(() => http.GetAsync(new Uri(events, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead),
            r => r.StatusCode == HttpStatusCode.OK, SseReader.Deadline, "a stream once another of the caller's closed");
    }
}
