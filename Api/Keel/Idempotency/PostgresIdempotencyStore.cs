using System.Threading.Channels;
using Npgsql;

namespace Keel.Api.Idempotency;

/// <summary>
/// PostgreSQL mode: keys and outcomes in <c>keel_idempotency</c>, shared by every Api of the cluster and kept across
/// restarts. Claims, outcomes and releases of concurrent requests go to the database together (group commit: one
/// round trip and one transaction per batch, the next batch gathering while one is in flight; no timer), as the event
/// log's appends do. Bounded by their expiry and by the key cap: each eviction pass also deletes the keys
/// that expire first beyond that many (between passes the table can hold what the rate limits let in).
/// </summary>
internal sealed class PostgresIdempotencyStore : IIdempotencyStore, IAsyncDisposable
{
    private const int MaxBatch = 256;

    private readonly Channel<KeyOperation> _queue = Channel.CreateUnbounded<KeyOperation>(new UnboundedChannelOptions { SingleReader = true });
    private readonly NpgsqlDataSource _database;
    private readonly string _serviceId;
    private readonly int _maxKeys;
    private readonly Task _writer;

    public PostgresIdempotencyStore(NpgsqlDataSource database, string serviceId, int maxKeys)
    {
        (_database, _serviceId, _maxKeys) = (database, serviceId, maxKeys);
        _writer = Task.Run(RunAsync);
    }

    public Task<IdempotencyClaim> ClaimAsync(KeyedRequest request, CancellationToken cancellationToken) =>
        Enqueue(new ClaimOperation(request, cancellationToken), cancellationToken);

    public Task CompleteAsync(KeyedRequest request, StoredResponse response, CancellationToken cancellationToken) =>
        Enqueue(new CompleteOperation(request, response), cancellationToken);

    public Task ReleaseAsync(KeyedRequest request, CancellationToken cancellationToken) =>
        Enqueue(new ReleaseOperation(request), cancellationToken);

    public async Task<int> EvictExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var evict = new NpgsqlCommand(KeyStatements.Evict, connection);
        evict.Parameters.AddWithValue("service", _serviceId);
        evict.Parameters.AddWithValue("now", now);
        var evicted = await evict.ExecuteNonQueryAsync(cancellationToken);
        await using var cap = new NpgsqlCommand(KeyStatements.EvictBeyondCap, connection);
        cap.Parameters.AddWithValue("service", _serviceId);
        cap.Parameters.AddWithValue("max", (long)Math.Max(1, _maxKeys));
        return evicted + await cap.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    private Task<T> Enqueue<T>(KeyOperation<T> operation, CancellationToken cancellationToken)
    {
        if (!_queue.Writer.TryWrite(operation))
        {
            operation.Fail(new ObjectDisposedException(nameof(PostgresIdempotencyStore)));
        }
        return operation.Task.WaitAsync(cancellationToken);
    }

    private async Task RunAsync()
    {
        var batch = new List<KeyOperation>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var operation))
            {
                if (!operation.Abandoned)
                {
                    batch.Add(operation);
                }
            }
            if (batch.Count > 0)
            {
                await ExecuteSafelyAsync(batch);
            }
        }
    }

    private async Task ExecuteSafelyAsync(List<KeyOperation> batch)
    {
        try
        {
            await ExecuteAsync(batch);
        }
        catch (PostgresException exception) when (batch.Count > 1 && !exception.IsTransient)
        {
            // Something in the batch is bad: run each operation alone, so only the bad one fails.
            foreach (var operation in batch.ToArray())
            {
                await ExecuteSafelyAsync([operation]);
            }
        }
        catch (Exception exception)
        {
            foreach (var operation in batch)
            {
                operation.Fail(exception);
            }
        }
    }

    /// <summary>
    /// One round trip, its statements one implicit transaction in the order the requests came: a claim sees what an
    /// earlier statement of the batch wrote (two requests with one key in one batch: the second finds it running).
    /// Each operation completes after the commit.
    /// </summary>
    private async Task ExecuteAsync(List<KeyOperation> batch)
    {
        await using var connection = await _database.OpenConnectionAsync();
        await using (var statements = new NpgsqlBatch(connection))
        {
            foreach (var operation in batch)
            {
                statements.BatchCommands.Add(operation.Statement(_serviceId));
            }
            await using var reader = await statements.ExecuteReaderAsync();
            foreach (var operation in batch)
            {
                if (operation is ClaimOperation claim)
                {
                    await reader.ReadAsync();
                    claim.Found = KeyStatements.ClaimOf(reader, claim.Request);
                    await reader.NextResultAsync();
                }
            }
            // Disposing the reader reads the remaining results up to the commit's acknowledgement.
        }
        foreach (var operation in batch)
        {
            operation.Committed();
        }
    }
}
