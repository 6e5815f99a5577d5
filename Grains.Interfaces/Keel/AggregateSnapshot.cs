namespace Keel.Grains.Interfaces;

/// <summary>An aggregate's state at a version, so activation replays only the events after it.</summary>
/// <param name="Version">The version of the last event folded into <paramref name="State"/>.</param>
/// <param name="State">The aggregate's own snapshot record (a contract type with pinned ids).</param>
/// <param name="Causes">Ids of the events whose effects this aggregate has recorded (exactly-once effects).</param>
/// <param name="AlarmArmedAt">The version of the event that set the state's alarm (0: none), which identifies the armed alarm.</param>
[GenerateSerializer, Immutable, Alias("keel.aggregate-snapshot")]
public sealed record AggregateSnapshot(
    [property: Id(0)] long Version,
    [property: Id(1)] object State,
    [property: Id(2)] IReadOnlyList<string> Causes,
    [property: Id(3)] long AlarmArmedAt = 0);
