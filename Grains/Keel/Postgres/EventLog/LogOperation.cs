using Keel.Grains.EventLog;

namespace Keel.Grains.Postgres.EventLog;

/// <summary>One caller's request waiting for the next batch; it completes once its batch committed.</summary>
internal abstract class LogOperation
{
    public abstract void Fail(Exception exception);
}

internal abstract class LogOperation<T> : LogOperation
{
    private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<T> Task => _done.Task;

    public void Complete(T value) => _done.TrySetResult(value);

    public override void Fail(Exception exception) => _done.TrySetException(exception);
}

/// <summary>Read a stream's snapshot and the events after it.</summary>
internal sealed class LoadOperation(string stream) : LogOperation<LoadedAggregate>
{
    public string Stream { get; } = stream;

    public AggregateSnapshot? Snapshot { get; set; }

    public List<EventEnvelope> Events { get; } = [];
}

/// <summary>Read a stream's events after a version (no snapshot).</summary>
internal sealed class ReadOperation(string stream, long after) : LogOperation<IReadOnlyList<EventEnvelope>>
{
    public string Stream { get; } = stream;

    public long After { get; } = after;

    public List<EventEnvelope> Events { get; } = [];
}

/// <summary>One stream's part of an append: its events, their delivery partition, and their serialized payloads.</summary>
internal sealed record AppendPart(EventAppend Append, int? Partition, byte[][] Payloads);

/// <summary>Append serialized events to one or more streams, all or nothing.</summary>
internal sealed class AppendOperation(IReadOnlyList<AppendPart> parts) : LogOperation<bool>
{
    public IReadOnlyList<AppendPart> Parts { get; } = parts;

    public int Rows { get; } = parts.Sum(part => part.Payloads.Length);

    /// <summary>Rows of this append the batch's insert wrote, as (stream, version) (the others were taken).</summary>
    public List<(string Stream, long Version)> Inserted { get; } = [];

    public bool Whole => Inserted.Count == Rows;
}

/// <summary>Replace a stream's snapshot unless a newer one is stored.</summary>
internal sealed class SnapshotOperation(string stream, long version, byte[] state) : LogOperation<bool>
{
    public string Stream { get; } = stream;

    public long Version { get; } = version;

    public byte[] State { get; } = state;
}
