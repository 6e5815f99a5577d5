
namespace Keel.Grains.EventLog;

/// <summary>
/// The record of every aggregate: events appended per stream under an expected version, and the latest snapshot.
/// Appending an event whose aggregate has a destination also makes it deliverable to subscriptions (the log is
/// the outbox). Implementations share round trips between concurrent callers; each call completes only after its
/// own work committed.
/// </summary>
public interface IEventLog : IEventLogReader
{
    /// <summary>
    /// Appends <see cref="EventAppend.Events"/> after <see cref="EventAppend.ExpectedVersion"/>, all or nothing.
    /// Throws <see cref="EventLogConflictException"/> when another append took one of the versions.
    /// </summary>
    Task AppendAsync(EventAppend append);

    /// <summary>
    /// Appends to several streams in one commit, all or nothing: when another append took a version on any of them,
    /// <see cref="EventLogConflictException"/> names that stream and none of <paramref name="appends"/> was recorded.
    /// Each stream appears once.
    /// </summary>
    Task AppendAsync(IReadOnlyList<EventAppend> appends);

    /// <summary>Replaces the stream's snapshot with one taken at <paramref name="version"/> (an older one never wins).</summary>
    Task SaveSnapshotAsync(string stream, long version, AggregateSnapshot snapshot);
}

/// <summary>Events to append to one stream.</summary>
/// <param name="Stream">The aggregate's stream name (its grain id).</param>
/// <param name="ExpectedVersion">The version the aggregate decided on; the first event gets the next one.</param>
/// <param name="Destination">The Orleans stream that delivers the events to subscriptions; null keeps them private.</param>
/// <param name="Events">The new events, versions contiguous from <paramref name="ExpectedVersion"/> + 1.</param>
/// <param name="Alarm">How these events changed the stream's alarm, committed with them; null when they did not.</param>
public sealed record EventAppend(string Stream, long ExpectedVersion, StreamId? Destination, IReadOnlyList<EventEnvelope> Events,
    Alarms.AlarmChange? Alarm = null)
{
    /// <summary>Refuses an append that names one stream twice: its versions would be decided against two states.</summary>
    public static void EnsureOnePerStream(IReadOnlyList<EventAppend> appends)
    {
        for (var i = 1; i < appends.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(appends[i].Stream, appends[j].Stream, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"Stream {appends[i].Stream} appears twice in one append.", nameof(appends));
                }
            }
        }
    }
}

/// <summary>What activation reads: the latest snapshot, and the events after it.</summary>
public sealed record LoadedAggregate(AggregateSnapshot? Snapshot, IReadOnlyList<EventEnvelope> Events)
{
    public static LoadedAggregate Empty { get; } = new(null, []);
}

/// <summary>Another append took a version this one expected to write; nothing of this append was recorded.</summary>
public sealed class EventLogConflictException(string stream, long expectedVersion)
    : Exception($"Stream {stream} has moved past version {expectedVersion}; the append was not recorded.");
