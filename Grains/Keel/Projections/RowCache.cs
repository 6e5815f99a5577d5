namespace Keel.Grains.Projections;

/// <summary>
/// The rows a projection's runner wrote or read, kept while it holds the lease: only the lease holder writes rows, so
/// what it last committed is what the store holds. Forgotten whenever the runner may be wrong (a refused commit, a
/// failure, a new place or build), and when it grows past its bound. A row known not to exist is kept as null.
/// </summary>
internal sealed class RowCache(int capacity)
{
    private readonly Dictionary<RowKey, object?> _rows = [];

    public bool TryGet(RowKey key, out object? row) => _rows.TryGetValue(key, out row);

    /// <summary>After a commit: the rows as it wrote them.</summary>
    public void Committed(IReadOnlyList<RowWrite> writes)
    {
        if (_rows.Count + writes.Count > capacity)
        {
            _rows.Clear();
        }
        foreach (var write in writes)
        {
            _rows[write.Key] = write.Row;
        }
    }

    public void Forget() => _rows.Clear();
}
