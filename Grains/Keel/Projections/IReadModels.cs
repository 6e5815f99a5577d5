namespace Keel.Grains.Projections;

/// <summary>
/// Reads projections' rows directly (in PostgreSQL or in this process's memory), without a grain on the way: what
/// queries use. Lists are paged by an opaque cursor; ranked rows (<see cref="IRanked"/>) come highest rank first,
/// others by key.
/// </summary>
public interface IReadModels
{
    Task<TRow?> FindAsync<TRow>(string projection, string key, CancellationToken cancellationToken = default) where TRow : class;

    /// <summary>Up to <paramref name="limit"/> rows after <paramref name="after"/> (a page's <see cref="RowPage{TRow}.Next"/>); a cursor that is not one throws <see cref="FormatException"/>.</summary>
    Task<RowPage<TRow>> ListAsync<TRow>(string projection, int limit, string? after, CancellationToken cancellationToken = default) where TRow : class;

    /// <summary>Where each declared projection is; unknown to the store until it first ran.</summary>
    Task<IReadOnlyList<ProjectionStatus>> StatusAsync(CancellationToken cancellationToken = default);

    /// <summary>Throws the projection's rows away and builds it again from the start of the log; false when no such projection ran yet.</summary>
    Task<bool> RebuildAsync(string projection, CancellationToken cancellationToken = default);
}

/// <summary>A page of rows; <paramref name="Next"/> reads the next page, null on the last.</summary>
public sealed record RowPage<TRow>(IReadOnlyList<TRow> Rows, string? Next);

/// <summary>A projection's progress.</summary>
/// <param name="Name">The projection.</param>
/// <param name="Events">Events applied since its last build began.</param>
/// <param name="Builds">How many times it was built from the start (1 until rebuilt).</param>
/// <param name="UpdatedAt">Its last commit.</param>
/// <param name="Owner">The process that runs it now, if any.</param>
public sealed record ProjectionStatus(string Name, long Events, long Builds, DateTimeOffset UpdatedAt, string? Owner);
