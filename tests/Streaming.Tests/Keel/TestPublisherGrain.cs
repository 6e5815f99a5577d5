using System.Diagnostics;
using Orleans.Streams;

namespace Keel.Streaming.Tests;

/// <summary>Publishes from inside the silo (the provider has no client-side counterpart).</summary>
internal sealed class TestPublisherGrain : Grain, ITestPublisherGrain
{
    public async Task PublishAsync(string key, int[] values)
    {
        var stream = Stream(key);
        foreach (var value in values)
        {
            await stream.OnNextAsync(new TestEvent(value, Stopwatch.GetTimestamp()));
        }
    }

    public Task PublishToEachAsync(string[] keys, int value) =>
        Task.WhenAll(keys.Select(key => Stream(key).OnNextAsync(new TestEvent(value, Stopwatch.GetTimestamp()))));

    private IAsyncStream<TestEvent> Stream(string key) =>
        this.GetStreamProvider(TestStreams.Provider).GetStream<TestEvent>(StreamId.Create(TestStreams.Namespace, key));
}
