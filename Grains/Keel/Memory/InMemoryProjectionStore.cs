using Keel.Grains.Projections;
using Keel.Grains.Streaming;

namespace Keel.Grains.Memory;

/// <summary>
/// Projections in this process's memory, for the memory mode: the same lease, checkpoint-with-rows and rebuild as
/// PostgreSQL, none across a restart (a projection starts again with the log, which starts empty too). Rows are
/// immutable records: nothing is copied.
/// </summary>
internal sealed class InMemoryProjectionStore(InMemoryEventLog log, TimeProvider time) : IProjectionStore, IReadModels
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Stored> _projections = new(StringComparer.Ordinal);

    public Task<ProjectionLease?> LeaseAsync(string projection, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var stored = _projections.TryGetValue(projection, out var existing) ? existing : _projections[projection] = new Stored(time.GetUtcNow());
            var now = time.GetUtcNow();
            if (stored.Owner is { } holder && holder != owner && stored.LeasedUntil > now)
            {
                return Task.FromResult<ProjectionLease?>(null);
            }
            (stored.Owner, stored.LeasedUntil) = (owner, now + duration);
            return Task.FromResult<ProjectionLease?>(new ProjectionLease(projection, owner, duration, stored.Checkpoint, stored.Build));
        }
    }

    public Task<IReadOnlyList<ProjectedRecord>> ReadAsync(IReadOnlyList<string> services, LogPosition after, int maxCount, CancellationToken cancellationToken) =>
        Task.FromResult(log.ReadProjected(services, after, maxCount));

    public Task<IReadOnlyDictionary<RowKey, object>> LoadRowsAsync(string projection, IReadOnlyCollection<RowKey> keys, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var rows = _projections.TryGetValue(projection, out var stored) ? stored.Rows : [];
            return Task.FromResult<IReadOnlyDictionary<RowKey, object>>(
                keys.Where(rows.ContainsKey).ToDictionary(key => key, key => rows[key]));
        }
    }

    public Task<bool> CommitAsync(ProjectionLease lease, LogPosition to, int events, IReadOnlyList<RowWrite> writes, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_projections.TryGetValue(lease.Projection, out var stored) || stored.Owner != lease.Owner
                || stored.Checkpoint != lease.Checkpoint || stored.Build != lease.Build)
            {
                return Task.FromResult(false);
            }
            foreach (var write in writes)
            {
                if (write.Row is null)
                {
                    stored.Rows.Remove(write.Key);
                }
                else
                {
                    stored.Rows[write.Key] = write.Row;
                }
            }
            var now = time.GetUtcNow();
            (stored.Checkpoint, stored.Events, stored.UpdatedAt, stored.LeasedUntil) = (to, stored.Events + events, now, now + lease.Duration);
            return Task.FromResult(true);
        }
    }

    public Task<TRow?> FindAsync<TRow>(string projection, string key, CancellationToken cancellationToken = default) where TRow : class
    {
        lock (_gate)
        {
            return Task.FromResult(_projections.TryGetValue(projection, out var stored)
                ? stored.Rows.GetValueOrDefault(new RowKey(typeof(TRow), key)) as TRow
                : null);
        }
    }

    public Task<RowPage<TRow>> ListAsync<TRow>(string projection, int limit, string? after, CancellationToken cancellationToken = default) where TRow : class
    {
        var ranked = typeof(IRanked).IsAssignableFrom(typeof(TRow));
        var cursor = after is null ? (RowCursor?)null : RowCursor.Parse(after, ranked);
        lock (_gate)
        {
            var rows = _projections.TryGetValue(projection, out var stored)
                ? stored.Rows.Where(row => row.Key.Type == typeof(TRow)).Select(row => (row.Key.Key, Row: (TRow)row.Value))
                : [];
            var ordered = ranked
                ? rows.OrderByDescending(row => ((IRanked)row.Row).Rank).ThenBy(row => row.Key, StringComparer.Ordinal)
                : rows.OrderBy(row => row.Key, StringComparer.Ordinal);
            var page = ordered.Where(row => cursor is not { } c || c.Precedes((row.Row as IRanked)?.Rank, row.Key)).Take(limit + 1).ToList();
            var next = page.Count > limit ? RowCursor.After(page[limit - 1].Row, page[limit - 1].Key).ToString() : null;
            return Task.FromResult(new RowPage<TRow>([.. page.Take(limit).Select(row => row.Row)], next));
        }
    }

    public Task<IReadOnlyList<ProjectionStatus>> StatusAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            return Task.FromResult<IReadOnlyList<ProjectionStatus>>([.. _projections.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
                new ProjectionStatus(p.Key, p.Value.Events, p.Value.Build, p.Value.UpdatedAt, p.Value.LeasedUntil > now ? p.Value.Owner : null))]);
        }
    }

    public Task<bool> RebuildAsync(string projection, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_projections.TryGetValue(projection, out var stored))
            {
                return Task.FromResult(false);
            }
            stored.Rows.Clear();
            (stored.Checkpoint, stored.Build, stored.Events, stored.UpdatedAt) = (LogPosition.Start, stored.Build + 1, 0, time.GetUtcNow());
            return Task.FromResult(true);
        }
    }

    private sealed class Stored(DateTimeOffset created)
    {
        public Dictionary<RowKey, object> Rows { get; } = [];
        public LogPosition Checkpoint { get; set; } = LogPosition.Start;
        public long Build { get; set; } = 1;
        public long Events { get; set; }
        public string? Owner { get; set; }
        public DateTimeOffset LeasedUntil { get; set; }
        public DateTimeOffset UpdatedAt { get; set; } = created;
    }
}
