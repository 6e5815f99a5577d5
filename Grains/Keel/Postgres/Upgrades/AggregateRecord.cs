namespace Keel.Grains.Interfaces;

/// <summary>
/// What an aggregate keeps in storage: its events in order, and how many of them have been published.
/// The unpublished tail is the outbox; it is written in the same state write as the events themselves.
/// </summary>
[GenerateSerializer, Alias("keel.aggregate-record")]
public sealed class AggregateRecord
{
    [Id(0)] public List<EventEnvelope> Events { get; set; } = [];

    [Id(1)] public int Published { get; set; }

    /// <summary>The owning grain's id, so storage can tell which aggregate to ask to flush a pending outbox.</summary>
    [Id(2)] public string? GrainId { get; set; }
}
