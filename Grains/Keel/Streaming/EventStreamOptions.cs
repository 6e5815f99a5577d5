namespace Keel.Grains.Streaming;

/// <summary>Settings of Keel's PostgreSQL stream provider (one set per provider name).</summary>
public sealed class EventStreamOptions
{
    /// <summary>PostgreSQL only: the Npgsql connection string; <c>Maximum Pool Size</c> defaults to 32 when it is not set.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Number of queues (one Orleans queue per partition). Changing it strands queued messages.</summary>
    public int Partitions { get; set; } = 8;

    /// <summary>How long a leased message stays invisible before it is delivered again.</summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Deliveries tried before a message moves to the dead letters.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>How long dead letters are kept.</summary>
    public TimeSpan DeadLetterRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often old dead letters are deleted.</summary>
    public TimeSpan EvictionInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often an idle partition is read when no notification arrived.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a partition's log checkpoint is saved while events are delivered (and at shutdown).</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Most messages leased by one read of a partition.</summary>
    public int BatchSize { get; set; } = 64;
}
