namespace Keel.Grains.Projections;

/// <summary>
/// Applies a run of events to a projection's rows: the rows they touch are read once (those the runner holds in its
/// <see cref="RowCache"/> not at all), changed in log order, and only those that changed are written.
/// </summary>
internal static class ProjectionBatch
{
    public static async Task<IReadOnlyList<RowWrite>> ApplyAsync(
        ProjectionDefinition projection, IReadOnlyList<ProjectedRecord> records, IProjectionStore store, RowCache cache, CancellationToken cancellationToken)
    {
        var changes = new List<RowChange>();
        foreach (var record in records)
        {
            changes.AddRange(projection.Project(record.Logged));
        }
        if (changes.Count == 0)
        {
            return [];
        }
        var rows = new Dictionary<RowKey, object?>();
        var missing = new HashSet<RowKey>();
        foreach (var change in changes)
        {
            var key = new RowKey(change.RowType, change.Key);
            if (!rows.ContainsKey(key) && !missing.Contains(key))
            {
                if (cache.TryGet(key, out var row))
                {
                    rows[key] = row;
                }
                else
                {
                    missing.Add(key);
                }
            }
        }
        if (missing.Count > 0)
        {
            var loaded = await store.LoadRowsAsync(projection.Name, missing, cancellationToken);
            foreach (var key in missing)
            {
                rows[key] = loaded.GetValueOrDefault(key);
            }
        }
        var before = new Dictionary<RowKey, object?>(rows);
        foreach (var change in changes)
        {
            var key = new RowKey(change.RowType, change.Key);
            rows[key] = change.Apply(rows[key]);
        }
        return [.. rows.Where(row => !Equals(row.Value, before[row.Key])).Select(row => new RowWrite(row.Key, row.Value))];
    }
}
