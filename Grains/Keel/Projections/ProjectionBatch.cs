namespace Keel.Grains.Projections;

/// <summary>Applies a run of events to a projection's rows: the rows they touch are read once, changed in log order, and only those that changed are written.</summary>
internal static class ProjectionBatch
{
    public static async Task<IReadOnlyList<RowWrite>> ApplyAsync(
        ProjectionDefinition projection, IReadOnlyList<ProjectedRecord> records, IProjectionStore store, CancellationToken cancellationToken)
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
        var keys = changes.Select(change => new RowKey(change.RowType, change.Key)).ToHashSet();
        var before = await store.LoadRowsAsync(projection.Name, keys, cancellationToken);
        var rows = new Dictionary<RowKey, object?>(before.Select(row => KeyValuePair.Create(row.Key, (object?)row.Value)));
        foreach (var change in changes)
        {
            var key = new RowKey(change.RowType, change.Key);
            rows[key] = change.Apply(rows.GetValueOrDefault(key));
        }
        return [.. rows.Where(row => !Equals(row.Value, before.GetValueOrDefault(row.Key))).Select(row => new RowWrite(row.Key, row.Value))];
    }
}
