namespace Keel.Domain;

/// <summary>An event as a projection reads it from the log: the service that recorded it, its aggregate's key, and when.</summary>
/// <param name="Service">The service whose aggregate recorded it (its stream namespace, such as <c>games</c>).</param>
/// <param name="Key">The key of that aggregate (a room's id, a player's id).</param>
/// <param name="OccurredAt">When the command that produced it was decided.</param>
/// <param name="Event">The event.</param>
public sealed record Logged(string Service, string Key, DateTimeOffset OccurredAt, IEvent Event);

/// <summary>
/// A read model built from the log, pure: which rows an event changes, and how. Keel reads the services' events in log
/// order, hands each to <see cref="Project"/>, applies the changes to the rows (one row per type and key) and keeps its
/// place in the log with them, so a crash neither skips an event nor counts one twice. A projection reads only the
/// event and the rows: what it needs from earlier events, it keeps in a row.
/// </summary>
public interface IProjection
{
    static abstract IEnumerable<RowChange> Project(Logged logged);
}

/// <summary>A change to one row of a read model: the row of <see cref="RowType"/> under <see cref="Key"/>.</summary>
public abstract record RowChange(string Key)
{
    public abstract Type RowType { get; }

    /// <summary>The row after the change, given the row before it (null when there is none); null removes it.</summary>
    public abstract object? Apply(object? row);
}

/// <summary>How a projection says what an event changes.</summary>
public static class Row
{
    /// <summary>The row of <typeparamref name="TRow"/> under <paramref name="key"/> becomes what <paramref name="change"/> makes of it (null removes it).</summary>
    public static RowChange Change<TRow>(string key, Func<TRow?, TRow?> change) where TRow : class => new Changed<TRow>(key, change);

    /// <summary>The row of <typeparamref name="TRow"/> under <paramref name="key"/> is removed.</summary>
    public static RowChange Remove<TRow>(string key) where TRow : class => new Changed<TRow>(key, _ => null);

    private sealed record Changed<TRow>(string Key, Func<TRow?, TRow?> Change) : RowChange(Key) where TRow : class
    {
        public override Type RowType => typeof(TRow);

        public override object? Apply(object? row) => Change((TRow?)row);
    }
}

/// <summary>A row that is listed in order: highest <see cref="Rank"/> first, rows of equal rank by key.</summary>
public interface IRanked
{
    long Rank { get; }
}
