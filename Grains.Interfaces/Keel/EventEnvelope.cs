namespace Keel.Grains.Interfaces;

/// <summary>An event as it travels on a stream and rests in the event log.</summary>
/// <param name="EventId">Deterministic: the aggregate's stream key and the version, so a re-delivery carries the same id.</param>
/// <param name="Version">The aggregate's version after this event, from 1.</param>
/// <param name="OccurredAt">When the command that produced it was decided.</param>
/// <param name="TraceParent">W3C trace context of the command, so subscribers can join its trace.</param>
/// <param name="Event">The payload.</param>
/// <param name="CausationId">The id of the event whose subscription caused this one, or the digest of the keyed HTTP
/// request that did (<c>request:…</c>), if any: the aggregate remembers it, so a redelivered event or a request run again
/// never causes its effect twice.</param>
/// <param name="Actor">Who the command that produced it was run for (the caller's id, <c>anonymous</c>), if known.</param>
/// <param name="StreamKey">The key of the aggregate that recorded it (unset in events recorded before keys were carried).</param>
[GenerateSerializer, Immutable, Alias("keel.event-envelope")]
public sealed record EventEnvelope(
    [property: Id(0)] string EventId,
    [property: Id(1)] long Version,
    [property: Id(2)] DateTimeOffset OccurredAt,
    [property: Id(3)] string? TraceParent,
    [property: Id(4)] Domain.IEvent Event,
    [property: Id(5)] string? CausationId = null,
    [property: Id(6)] string? Actor = null,
    [property: Id(7)] string? StreamKey = null);
