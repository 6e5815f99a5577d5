namespace Keel.Grains.Streaming;

/// <summary>Fails silo start-up on settings the provider cannot work with.</summary>
internal sealed class EventStreamOptionsValidator(EventStreamOptions options, string providerName, bool needsConnectionString) : IConfigurationValidator
{
    public void ValidateConfiguration()
    {
        var problems = Problems(options).ToList();
        if (needsConnectionString && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            problems.Insert(0, $"{nameof(options.ConnectionString)} is required");
        }
        if (problems.Count > 0)
        {
            throw new OrleansConfigurationException(
                $"Invalid {nameof(EventStreamOptions)} for stream provider '{providerName}': {string.Join("; ", problems)}.");
        }
    }

    internal static IEnumerable<string> Problems(EventStreamOptions options)
    {
        if (options.Partitions is < 1 or > 1024)
        {
            yield return $"{nameof(options.Partitions)} must be between 1 and 1024";
        }
        if (options.VisibilityTimeout < TimeSpan.FromMilliseconds(100))
        {
            yield return $"{nameof(options.VisibilityTimeout)} must be at least 100 ms";
        }
        if (options.MaxAttempts < 1)
        {
            yield return $"{nameof(options.MaxAttempts)} must be at least 1";
        }
        if (options.DeadLetterRetention <= TimeSpan.Zero)
        {
            yield return $"{nameof(options.DeadLetterRetention)} must be positive";
        }
        if (options.EvictionInterval <= TimeSpan.Zero)
        {
            yield return $"{nameof(options.EvictionInterval)} must be positive";
        }
        if (options.PollInterval <= TimeSpan.Zero)
        {
            yield return $"{nameof(options.PollInterval)} must be positive";
        }
        if (options.CheckpointInterval <= TimeSpan.Zero)
        {
            yield return $"{nameof(options.CheckpointInterval)} must be positive";
        }
        if (options.BatchSize < 1)
        {
            yield return $"{nameof(options.BatchSize)} must be at least 1";
        }
    }
}
