using Npgsql;

namespace Keel.Api.Idempotency;

/// <summary>The SQL of <see cref="PostgresIdempotencyStore"/> on <c>keel_idempotency</c>.</summary>
internal static class KeyStatements
{
    /// <summary>
    /// Takes the key when it is new, expired, or held by a dead claim of the same request (its lease ran out), and
    /// returns one row: whether it was taken, and otherwise what the key holds. The row read is the one before this
    /// statement (a statement does not see its own insert), which is the holder's when the key was not taken.
    /// </summary>
    public const string Claim = """
        WITH taken AS (
            INSERT INTO keel_idempotency AS i (service_id, scope, key, fingerprint, lease_until, expires_at)
            VALUES (@service, @scope, @key, @fingerprint, @lease, @expires)
            ON CONFLICT (service_id, scope, key) DO UPDATE
                SET fingerprint = EXCLUDED.fingerprint, status = NULL, location = NULL, content_type = NULL, body = NULL,
                    lease_until = EXCLUDED.lease_until, expires_at = EXCLUDED.expires_at
                WHERE i.expires_at <= @now
                   OR (i.status IS NULL AND i.lease_until <= @now AND i.fingerprint = EXCLUDED.fingerprint)
            RETURNING 1)
        SELECT EXISTS (SELECT 1 FROM taken), k.fingerprint, k.status, k.location, k.content_type, k.body
        FROM (SELECT 1) AS one
        LEFT JOIN keel_idempotency k ON k.service_id = @service AND k.scope = @scope AND k.key = @key
        """;

    public const string Complete = """
        UPDATE keel_idempotency SET status = @status, location = @location, content_type = @content_type, body = @body
        WHERE service_id = @service AND scope = @scope AND key = @key AND fingerprint = @fingerprint AND status IS NULL
        """;

    public const string Release = """
        DELETE FROM keel_idempotency
        WHERE service_id = @service AND scope = @scope AND key = @key AND fingerprint = @fingerprint AND status IS NULL
        """;

    public const string Evict = "DELETE FROM keel_idempotency WHERE service_id = @service AND expires_at <= @now";

    /// <summary>The keel_idempotency_expiry_ix index walks the keys newest first; whatever lies beyond maxKeys goes.</summary>
    public const string EvictBeyondCap = """
        DELETE FROM keel_idempotency i
        USING (SELECT scope, key FROM keel_idempotency WHERE service_id = @service ORDER BY expires_at DESC OFFSET @max) old
        WHERE i.service_id = @service AND i.scope = old.scope AND i.key = old.key
        """;

    /// <summary>What the claim's row says.</summary>
    public static IdempotencyClaim ClaimOf(NpgsqlDataReader row, KeyedRequest request)
    {
        if (row.GetBoolean(0))
        {
            return new IdempotencyClaim.Claimed();
        }
        if (row.IsDBNull(1))
        {
            // Taken by a transaction that committed after this statement began, or released meanwhile: retry shortly.
            return new IdempotencyClaim.Running(request.Fingerprint);
        }
        var fingerprint = row.GetFieldValue<byte[]>(1);
        return row.IsDBNull(2)
            ? new IdempotencyClaim.Running(fingerprint)
            : new IdempotencyClaim.Completed(fingerprint, new StoredResponse(
                row.GetInt32(2),
                row.IsDBNull(3) ? null : row.GetString(3),
                row.IsDBNull(4) ? null : row.GetString(4),
                row.GetFieldValue<byte[]>(5)));
    }
}
