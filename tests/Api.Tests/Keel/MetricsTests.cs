using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;

namespace Keel.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class MetricsTests(KeelApiFactory factory) : IDisposable
{
    private readonly HttpClient _http = factory.CreateClient();
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();

    [Fact]
    public async Task CommandCountersAndDurationsMoveAndARejectionCountsAsRejected()
    {
        Listen();
        var address = $"metrics-{Guid.NewGuid():N}@example.com";

        Assert.Equal(HttpStatusCode.Created, (await _http.PostAsJsonAsync("/api/v1/users", new { email = address, name = "Ada" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _http.PostAsJsonAsync("/api/v1/users", new { email = address, name = "Eve" })).StatusCode);

        Assert.True(Sum("keel.commands.handled", "users", "Register") >= 1);
        Assert.True(Sum("keel.commands.rejected", "users", "Register") >= 1);
        Assert.True(Count("keel.command.duration", "users", "Register") >= 1);
        Assert.Equal(0, Sum("keel.commands.failed", "users", "Register"));
    }

    private void Listen()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Keel")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        _measurements.Enqueue((instrument.Name, value, new Dictionary<string, object?>(tags.ToArray())));

    private IEnumerable<double> Values(string instrument, string service, string command) => _measurements
        .Where(m => m.Instrument == instrument && Equals(m.Tags.GetValueOrDefault("service"), service)
            && Equals(m.Tags.GetValueOrDefault("command"), command))
        .Select(m => m.Value);

    private double Sum(string instrument, string service, string command) => Values(instrument, service, command).Sum();

    private int Count(string instrument, string service, string command) => Values(instrument, service, command).Count();

    public void Dispose() => _listener.Dispose();
}
