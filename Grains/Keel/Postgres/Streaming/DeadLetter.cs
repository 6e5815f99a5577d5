namespace Keel.Grains.Postgres.Streaming;

/// <summary>A stream message that was not delivered within the allowed attempts (its payload stays in the database).</summary>
/// <param name="Id">Dead letter id, used to redrive it.</param>
/// <param name="StreamNamespace">Namespace of the stream the message was published on.</param>
/// <param name="StreamKey">Key of that stream.</param>
/// <param name="Attempts">Deliveries tried.</param>
/// <param name="Reason">Why the last delivery failed.</param>
/// <param name="EnqueuedAt">When the message was first published.</param>
/// <param name="DeadLetteredAt">When it was given up on.</param>
public sealed record DeadLetter(
    long Id,
    string StreamNamespace,
    string StreamKey,
    int Attempts,
    string Reason,
    DateTimeOffset EnqueuedAt,
    DateTimeOffset DeadLetteredAt);
