using Npgsql;

namespace Keel.Api.Idempotency;

/// <summary>
/// PostgreSQL mode: keys and outcomes in <c>keel_idempotency</c>, shared by every Api of the cluster and kept across
/// restarts. Bounded by their expiry and by <paramref name="maxKeys"/>: each eviction pass also deletes the keys that
/// expire first beyond that many (between passes the table can hold what the rate limits let in). Claims, outcomes
/// and releases of concurrent requests go to the database together (<see cref="IdempotencyBatches"/>): one round trip
/// and one commit for a batch, however many requests.
/// </summary>
internal sealed class PostgresIdempotencyStore(NpgsqlDataSource database, string serviceId, int maxKeys) : IIdempotencyStore, IAsyncDisposable
{
    private const string Evict = "DELETE FROM keel_idempotency WHERE service_id = @service AND expires_at <= @now";

    // The keel_idempotency_expiry_ix index walks the keys newest first; whatever lies beyond maxKeys goes.
    private const string EvictBeyondCap = """
        DELETE FROM keel_idempotency i
        USING (SELECT scope, key FROM keel_idempotency WHERE service_id = @service ORDER BY expires_at DESC OFFSET @max) old
        WHERE i.service_id = @service AND i.scope = old.scope AND i.key = old.key
        """;

    private readonly IdempotencyBatches _batches = new(database, serviceId);

    public Task<IdempotencyClaim> ClaimAsync(KeyedRequest request, CancellationToken cancellationToken) =>
        _batches.Enqueue(new IdempotencyOperation.Claim(request)).WaitAsync(cancellationToken);

    public Task CompleteAsync(KeyedRequest request, StoredResponse response, CancellationToken cancellationToken) =>
        _batches.Enqueue(new IdempotencyOperation.Complete(request, response)).WaitAsync(cancellationToken);

    public Task ReleaseAsync(KeyedRequest request, CancellationToken cancellationToken) =>
        _batches.Enqueue(new IdempotencyOperation.Release(request)).WaitAsync(cancellationToken);

    public ValueTask DisposeAsync() => _batches.DisposeAsync();

    public async Task<int> EvictExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var evict = new NpgsqlCommand(Evict, connection);
        evict.Parameters.AddWithValue("service", serviceId);
        evict.Parameters.AddWithValue("now", now);
        var evicted = await evict.ExecuteNonQueryAsync(cancellationToken);
        await using var cap = new NpgsqlCommand(EvictBeyondCap, connection);
        cap.Parameters.AddWithValue("service", serviceId);
        cap.Parameters.AddWithValue("max", (long)Math.Max(1, maxKeys));
        return evicted + await cap.ExecuteNonQueryAsync(cancellationToken);
    }
}
