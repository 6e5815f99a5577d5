using Keel.Grains.Hosting;
using Xunit.Abstractions;

namespace Keel.Streaming.Tests;

public sealed class PostgresStreamDeliveryTests(DeliveryFixture fixture, ITestOutputHelper output) : IClassFixture<DeliveryFixture>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    private ITestPublisherGrain Publisher(int id) => fixture.Cluster.Client.GetGrain<ITestPublisherGrain>(id);

    [Fact]
    public async Task DeliversEachStreamsEventsInOrderWhileStreamsRunInParallel()
    {
        var keys = Enumerable.Range(0, 10).Select(i => $"order-{i}").ToArray();
        var values = Enumerable.Range(1, 20).ToArray();

        await Task.WhenAll(keys.Select((key, i) => Publisher(100 + i).PublishAsync(key, values)));

        await Eventually.HoldsAsync(() => keys.All(key => fixture.Log.HandledOn(key).Count >= values.Length), Deadline, "every stream handled all its events");
        foreach (var key in keys)
        {
            Assert.Equal(values, fixture.Log.HandledOn(key));
        }
    }

    [Fact]
    public async Task AStreamQuietForLongerThanTheInactivityPeriodStillGetsItsNextEventsOnceAndInOrder()
    {
        await Publisher(250).PublishAsync("quiet", [1]);
        await Eventually.HoldsAsync(() => fixture.Log.HandledOn("quiet").Count == 1, Deadline, "the first event handled");

        // The pulling agents forget the stream meanwhile (StreamTuning); its next events register it again.
        await Task.Delay(StreamTuning.StreamInactivityPeriod * 2);
        await Publisher(250).PublishAsync("quiet", [2, 3]);

        await Eventually.HoldsAsync(() => fixture.Log.HandledOn("quiet").Count >= 3, Deadline, "the later events handled");
        Assert.Equal([1, 2, 3], fixture.Log.HandledOn("quiet"));
    }

    [Fact]
    public async Task DeletesDeliveredMessagesFromTheQueueTable()
    {
        await Publisher(200).PublishAsync("cleanup", [1, 2, 3, 4, 5]);

        await Eventually.HoldsAsync(() => fixture.Log.HandledOn("cleanup").Count == 5, Deadline, "five events handled");
        await Eventually.HoldsAsync(async () => await fixture.QueuedMessagesAsync() == 0, Deadline, "the queue table is empty");
    }

    [Fact]
    public async Task HandlesAThousandEventsOnAThousandStreamsEachExactlyOnce()
    {
        var keys = Enumerable.Range(0, 1000).Select(i => $"bulk-{i}").ToArray();

        await Task.WhenAll(keys.Chunk(100).Select((chunk, i) => Publisher(300 + i).PublishToEachAsync(chunk, 1)));

        await Eventually.HoldsAsync(() => fixture.Log.HandledOnStreamsStartingWith("bulk-") >= 1000, TimeSpan.FromSeconds(30), "1,000 events handled");
        await Eventually.HoldsAsync(async () => await fixture.QueuedMessagesAsync("stream_key LIKE 'bulk-%'") == 0, Deadline, "all 1,000 acknowledged");
        Assert.Equal(1000, fixture.Log.HandledOnStreamsStartingWith("bulk-"));
        Assert.Empty(fixture.Log.StreamsHandledMoreThanOnce("bulk-"));
    }

    [Fact]
    public async Task DeliversAnEventWellUnderAHundredMillisecondsAfterItIsPublished()
    {
        // The first event activates the subscriber; measure the ones after it, one at a time on an idle silo.
        await Publisher(400).PublishAsync("latency", [0]);
        await Eventually.HoldsAsync(() => fixture.Log.HandledOn("latency").Count == 1, Deadline, "the warm-up event handled");
        fixture.Log.TakeLatencies();

        var latencies = new List<TimeSpan>();
        for (var i = 1; i <= 20; i++)
        {
            await Publisher(400).PublishAsync("latency", [i]);
            var expected = i + 1;
            await Eventually.HoldsAsync(() => fixture.Log.HandledOn("latency").Count == expected, Deadline, $"event {i} handled");
            latencies.AddRange(fixture.Log.TakeLatencies());
        }

        var sorted = latencies.Order().ToList();
        var median = sorted[sorted.Count / 2];
        output.WriteLine($"enqueue -> handled: median {median.TotalMilliseconds:0.0} ms, max {sorted[^1].TotalMilliseconds:0.0} ms, n={sorted.Count}");
        Assert.True(median < TimeSpan.FromMilliseconds(100), $"median latency {median.TotalMilliseconds:0.0} ms");
    }
}
