using Keel.Grains.Streaming;

namespace Keel.Grains.Projections;

/// <summary>
/// Where projections live: their place in the log and their rows, written together. A projection is run by one
/// process at a time (a lease); a commit names the place it read from, so a commit of a process whose lease was
/// taken over, or of a run before a rebuild, changes nothing.
/// </summary>
internal interface IProjectionStore
{
    /// <summary>
    /// Takes or renews the projection's lease for <paramref name="owner"/>: its place in the log when it holds it now,
    /// null while another owner's lease runs.
    /// </summary>
    Task<ProjectionLease?> LeaseAsync(string projection, string owner, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>The events of <paramref name="services"/> after <paramref name="after"/>, in log order, only from finished transactions.</summary>
    Task<IReadOnlyList<ProjectedRecord>> ReadAsync(IReadOnlyList<string> services, LogPosition after, int maxCount, CancellationToken cancellationToken);

    /// <summary>The rows of <paramref name="keys"/> that exist.</summary>
    Task<IReadOnlyDictionary<RowKey, object>> LoadRowsAsync(string projection, IReadOnlyCollection<RowKey> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="writes"/> and moves the projection to <paramref name="to"/> in one commit, only when it
    /// is still where <paramref name="lease"/> read it and the lease is still the owner's; false (nothing written) otherwise.
    /// </summary>
    Task<bool> CommitAsync(ProjectionLease lease, LogPosition to, int events, IReadOnlyList<RowWrite> writes, CancellationToken cancellationToken);
}

/// <summary>A projection held by <paramref name="Owner"/>: where it is in the log and which build of it this is.</summary>
internal sealed record ProjectionLease(string Projection, string Owner, TimeSpan Duration, LogPosition Checkpoint, long Build);

/// <summary>One row of a projection: its type and key.</summary>
internal readonly record struct RowKey(Type Type, string Key);

/// <summary>A row's new content; null removes it.</summary>
internal sealed record RowWrite(RowKey Key, object? Row);

/// <summary>An event of the log as projections read it.</summary>
internal sealed record ProjectedRecord(LogPosition Position, string Service, string Key, EventEnvelope Envelope)
{
    public Logged Logged => new(Service, Key, Envelope.OccurredAt, Envelope.Event);

    /// <summary>The aggregate key of a stream named by its grain id (for envelopes written before they carried it).</summary>
    public static string KeyOf(string stream) => GrainId.Parse(stream, System.Globalization.CultureInfo.InvariantCulture).Key.ToString()!;
}
