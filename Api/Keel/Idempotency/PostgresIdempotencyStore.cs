using Npgsql;
using NpgsqlTypes;

namespace Keel.Api.Idempotency;

/// <summary>
/// PostgreSQL mode: keys and outcomes in <c>keel_idempotency</c>, shared by every Api of the cluster and kept across
/// restarts. Bounded by their expiry and by <paramref name="maxKeys"/>: each eviction pass also deletes the keys that
/// expire first beyond that many (between passes the table can hold what the rate limits let in).
/// </summary>
internal sealed class PostgresIdempotencyStore(NpgsqlDataSource database, string serviceId, int maxKeys) : IIdempotencyStore
{
    // Takes the key when it is new, expired, or held by a dead claim of the same request (its lease ran out).
    private const string Claim = """
        INSERT INTO keel_idempotency AS i (service_id, scope, key, fingerprint, lease_until, expires_at)
        VALUES (@service, @scope, @key, @fingerprint, @lease, @expires)
        ON CONFLICT (service_id, scope, key) DO UPDATE
            SET fingerprint = EXCLUDED.fingerprint, status = NULL, location = NULL, content_type = NULL, body = NULL,
                lease_until = EXCLUDED.lease_until, expires_at = EXCLUDED.expires_at
            WHERE i.expires_at <= @now
               OR (i.status IS NULL AND i.lease_until <= @now AND i.fingerprint = EXCLUDED.fingerprint)
        RETURNING 1
        """;

    private const string Read = """
        SELECT fingerprint, status, location, content_type, body FROM keel_idempotency
        WHERE service_id = @service AND scope = @scope AND key = @key
        """;

    private const string Complete = """
        UPDATE keel_idempotency SET status = @status, location = @location, content_type = @content_type, body = @body
        WHERE service_id = @service AND scope = @scope AND key = @key AND fingerprint = @fingerprint AND status IS NULL
        """;

    private const string Release = """
        DELETE FROM keel_idempotency
        WHERE service_id = @service AND scope = @scope AND key = @key AND fingerprint = @fingerprint AND status IS NULL
        """;

    private const string Evict = "DELETE FROM keel_idempotency WHERE service_id = @service AND expires_at <= @now";

    // The keel_idempotency_expiry_ix index walks the keys newest first; whatever lies beyond maxKeys goes.
    private const string EvictBeyondCap = """
        DELETE FROM keel_idempotency i
        USING (SELECT scope, key FROM keel_idempotency WHERE service_id = @service ORDER BY expires_at DESC OFFSET @max) old
        WHERE i.service_id = @service AND i.scope = old.scope AND i.key = old.key
        """;

    public async Task<IdempotencyClaim> ClaimAsync(KeyedRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using (var claim = Command(connection, Claim, request))
        {
            claim.Parameters.AddWithValue("lease", request.LeaseUntil);
            claim.Parameters.AddWithValue("expires", request.ExpiresAt);
            claim.Parameters.AddWithValue("now", request.Now);
            if (await claim.ExecuteScalarAsync(cancellationToken) is not null)
            {
                return new IdempotencyClaim.Claimed();
            }
        }
        await using var read = Command(connection, Read, request, withFingerprint: false);
        await using var row = await read.ExecuteReaderAsync(cancellationToken);
        if (!await row.ReadAsync(cancellationToken))
        {
            // Released between the two statements: the caller may try again at once.
            return new IdempotencyClaim.Running(request.Fingerprint);
        }
        var fingerprint = row.GetFieldValue<byte[]>(0);
        return row.IsDBNull(1)
            ? new IdempotencyClaim.Running(fingerprint)
            : new IdempotencyClaim.Completed(fingerprint, new StoredResponse(
                row.GetInt32(1),
                row.IsDBNull(2) ? null : row.GetString(2),
                row.IsDBNull(3) ? null : row.GetString(3),
                row.GetFieldValue<byte[]>(4)));
    }

    public async Task CompleteAsync(KeyedRequest request, StoredResponse response, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var complete = Command(connection, Complete, request);
        complete.Parameters.AddWithValue("status", response.Status);
        complete.Parameters.Add(new NpgsqlParameter("location", NpgsqlDbType.Text) { Value = (object?)response.Location ?? DBNull.Value });
        complete.Parameters.Add(new NpgsqlParameter("content_type", NpgsqlDbType.Text) { Value = (object?)response.ContentType ?? DBNull.Value });
        complete.Parameters.AddWithValue("body", response.Body);
        await complete.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ReleaseAsync(KeyedRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var release = Command(connection, Release, request);
        await release.ExecuteNonQueryAsync(cancellationToken);
    }

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

    private NpgsqlCommand Command(NpgsqlConnection connection, string sql, KeyedRequest request, bool withFingerprint = true)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("service", serviceId);
        command.Parameters.AddWithValue("scope", request.Scope);
        command.Parameters.AddWithValue("key", request.Key);
        if (withFingerprint)
        {
            command.Parameters.AddWithValue("fingerprint", request.Fingerprint);
        }
        return command;
    }
}
