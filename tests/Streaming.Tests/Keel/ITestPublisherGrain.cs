namespace Keel.Streaming.Tests;

public interface ITestPublisherGrain : IGrainWithIntegerKey
{
    /// <summary>Publishes the values on one stream, one after the other.</summary>
    Task PublishAsync(string key, int[] values);

    /// <summary>Publishes one event on each of the streams, concurrently.</summary>
    Task PublishToEachAsync(string[] keys, int value);
}
