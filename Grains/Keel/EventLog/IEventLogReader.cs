
namespace Keel.Grains.EventLog;

/// <summary>Reads the event log: what a process that only watches streams needs (a client Api reads PostgreSQL directly).</summary>
public interface IEventLogReader
{
    /// <summary>The stream's latest snapshot (if any) and every event after it, in version order.</summary>
    Task<LoadedAggregate> LoadAsync(string stream);

    /// <summary>The stream's events after <paramref name="afterVersion"/>, in version order: only the range asked for.</summary>
    Task<IReadOnlyList<EventEnvelope>> ReadAsync(string stream, long afterVersion);
}
