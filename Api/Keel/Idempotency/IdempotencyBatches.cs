using System.Threading.Channels;
using Npgsql;
using NpgsqlTypes;

namespace Keel.Api.Idempotency;

/// <summary>
/// Group commit for <c>keel_idempotency</c>: the claims, outcomes and releases that queue up while a batch is in
/// flight go together in the next one — one statement each, one round trip, one implicit transaction. Nothing waits on
/// a timer: under light load a batch holds one operation. A batch writes each key once; a second operation on a key
/// waits for the next batch, so it sees the first one's effect.
/// </summary>
internal sealed class IdempotencyBatches : IAsyncDisposable
{
    private const int MaxBatch = 256;

    // Takes the key when it is new, expired, or held by a dead claim of the same request (its lease ran out).
    private const string Claims = """
        INSERT INTO keel_idempotency AS i (service_id, scope, key, fingerprint, lease_until, expires_at)
        SELECT $1, * FROM unnest($2::text[], $3::text[], $4::bytea[], $5::timestamptz[], $6::timestamptz[])
        ON CONFLICT (service_id, scope, key) DO UPDATE
            SET fingerprint = EXCLUDED.fingerprint, status = NULL, location = NULL, content_type = NULL, body = NULL,
                lease_until = EXCLUDED.lease_until, expires_at = EXCLUDED.expires_at
            WHERE i.expires_at <= $7
               OR (i.status IS NULL AND i.lease_until <= $7 AND i.fingerprint = EXCLUDED.fingerprint)
        RETURNING scope, key
        """;

    // What the keys that were not taken hold (the taken ones are read too, and ignored).
    private const string Holders = """
        SELECT i.scope, i.key, i.fingerprint, i.status, i.location, i.content_type, i.body
        FROM keel_idempotency i JOIN unnest($2::text[], $3::text[]) AS u(scope, key) ON i.scope = u.scope AND i.key = u.key
        WHERE i.service_id = $1
        """;

    private const string Completes = """
        UPDATE keel_idempotency i SET status = u.status, location = u.location, content_type = u.content_type, body = u.body
        FROM unnest($2::text[], $3::text[], $4::bytea[], $5::integer[], $6::text[], $7::text[], $8::bytea[])
            AS u(scope, key, fingerprint, status, location, content_type, body)
        WHERE i.service_id = $1 AND i.scope = u.scope AND i.key = u.key AND i.fingerprint = u.fingerprint AND i.status IS NULL
        """;

    private const string Releases = """
        DELETE FROM keel_idempotency i USING unnest($2::text[], $3::text[], $4::bytea[]) AS u(scope, key, fingerprint)
        WHERE i.service_id = $1 AND i.scope = u.scope AND i.key = u.key AND i.fingerprint = u.fingerprint AND i.status IS NULL
        """;

    private readonly Channel<IdempotencyOperation> _queue = Channel.CreateUnbounded<IdempotencyOperation>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<IdempotencyOperation> _carried = [];
    private readonly NpgsqlDataSource _database;
    private readonly string _serviceId;
    private readonly Task _writer;

    public IdempotencyBatches(NpgsqlDataSource database, string serviceId)
    {
        _database = database;
        _serviceId = serviceId;
        _writer = Task.Run(RunAsync);
    }

    public Task<T> Enqueue<T>(IdempotencyOperation.Of<T> operation)
    {
        if (!_queue.Writer.TryWrite(operation))
        {
            operation.Fail(new ObjectDisposedException(nameof(IdempotencyBatches)));
        }
        return operation.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    private async Task RunAsync()
    {
        var batch = new List<IdempotencyOperation>(MaxBatch);
        var keys = new HashSet<(string, string)>();
        while (_carried.Count > 0 || await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            keys.Clear();
            var waiting = _carried.ToArray();
            _carried.Clear();
            foreach (var operation in waiting.Concat(Drain(MaxBatch - waiting.Length)))
            {
                (keys.Add(operation.Target) ? batch : _carried).Add(operation);
            }
            try
            {
                await ExecuteAsync(batch);
            }
            catch (Exception exception)
            {
                foreach (var operation in batch)
                {
                    operation.Fail(exception);
                }
            }
        }
    }

    private IEnumerable<IdempotencyOperation> Drain(int max)
    {
        for (var i = 0; i < max && _queue.Reader.TryRead(out var operation); i++)
        {
            yield return operation;
        }
    }

    private async Task ExecuteAsync(List<IdempotencyOperation> batch)
    {
        var claims = batch.OfType<IdempotencyOperation.Claim>().ToList();
        var completes = batch.OfType<IdempotencyOperation.Complete>().ToList();
        var releases = batch.OfType<IdempotencyOperation.Release>().ToList();
        await using var connection = await _database.OpenConnectionAsync();
        await using var statements = new NpgsqlBatch(connection);
        if (claims.Count > 0)
        {
            statements.BatchCommands.Add(Command(Claims, Text(_serviceId), Texts(claims, r => r.Scope), Texts(claims, r => r.Key), Fingerprints(claims),
                Times(claims, r => r.LeaseUntil), Times(claims, r => r.ExpiresAt),
                new NpgsqlParameter<DateTime> { TypedValue = claims.Min(c => c.Request.Now).UtcDateTime }));
            statements.BatchCommands.Add(Command(Holders, Text(_serviceId), Texts(claims, r => r.Scope), Texts(claims, r => r.Key)));
        }
        if (completes.Count > 0)
        {
            statements.BatchCommands.Add(Command(Completes, Text(_serviceId), Texts(completes, r => r.Scope), Texts(completes, r => r.Key), Fingerprints(completes),
                new NpgsqlParameter<int[]> { TypedValue = [.. completes.Select(c => c.Response.Status)] },
                Nullable([.. completes.Select(c => c.Response.Location)]), Nullable([.. completes.Select(c => c.Response.ContentType)]),
                new NpgsqlParameter<byte[][]> { TypedValue = [.. completes.Select(c => c.Response.Body)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea }));
        }
        if (releases.Count > 0)
        {
            statements.BatchCommands.Add(Command(Releases, Text(_serviceId), Texts(releases, r => r.Scope), Texts(releases, r => r.Key), Fingerprints(releases)));
        }
        var found = new Dictionary<(string, string), IdempotencyClaim>();
        var taken = new HashSet<(string, string)>();
        await using (var reader = await statements.ExecuteReaderAsync())
        {
            if (claims.Count > 0)
            {
                while (await reader.ReadAsync())
                {
                    taken.Add((reader.GetString(0), reader.GetString(1)));
                }
                await reader.NextResultAsync();
                while (await reader.ReadAsync())
                {
                    var fingerprint = reader.GetFieldValue<byte[]>(2);
                    found[(reader.GetString(0), reader.GetString(1))] = reader.IsDBNull(3)
                        ? new IdempotencyClaim.Running(fingerprint)
                        : new IdempotencyClaim.Completed(fingerprint, new StoredResponse(
                            reader.GetInt32(3),
                            reader.IsDBNull(4) ? null : reader.GetString(4),
                            reader.IsDBNull(5) ? null : reader.GetString(5),
                            reader.GetFieldValue<byte[]>(6)));
                }
            }
            while (await reader.NextResultAsync())
            {
            }
        }
        foreach (var claim in claims)
        {
            claim.Done(taken.Contains(claim.Target)
                ? new IdempotencyClaim.Claimed()
                // Released before the batch read it: the caller may try again at once.
                : found.GetValueOrDefault(claim.Target) ?? new IdempotencyClaim.Running(claim.Request.Fingerprint));
        }
        foreach (var operation in completes)
        {
            operation.Done(true);
        }
        foreach (var operation in releases)
        {
            operation.Done(true);
        }
    }

    private static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private static NpgsqlParameter<string> Text(string value) => new() { TypedValue = value };

    private static NpgsqlParameter<string[]> Texts(IEnumerable<IdempotencyOperation> operations, Func<KeyedRequest, string> value) =>
        new() { TypedValue = [.. operations.Select(o => value(o.Request))] };

    private static NpgsqlParameter<byte[][]> Fingerprints(IEnumerable<IdempotencyOperation> operations) =>
        new() { TypedValue = [.. operations.Select(o => o.Request.Fingerprint)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea };

    private static NpgsqlParameter<DateTime[]> Times(IEnumerable<IdempotencyOperation> operations, Func<KeyedRequest, DateTimeOffset> value) =>
        new() { TypedValue = [.. operations.Select(o => value(o.Request).UtcDateTime)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz };

    private static NpgsqlParameter<string?[]> Nullable(string?[] values) =>
        new() { TypedValue = values, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };
}
