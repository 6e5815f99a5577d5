using Keel.Grains.Streaming;
using Npgsql;
using NpgsqlTypes;
using Orleans.Serialization;

namespace Keel.Grains.Postgres.Streaming;

/// <summary>
/// The provider's statements for one service id and provider name; one round trip each. The log is read here;
/// it is written by the event log (<see cref="EventLog.PostgresEventLog"/>).
/// </summary>
internal sealed class StreamQueries(NpgsqlDataSource dataSource, string serviceId, string provider, Serializer<EventEnvelope> events)
    : IStreamStore
{
    public string ServiceId => serviceId;

    public async Task<IReadOnlyList<LogRecord>> ReadLogAsync(int partition, LogPosition after, int maxCount, CancellationToken cancellationToken)
    {
        // Only rows of transactions below every running transaction: a row whose transaction commits later than
        // rows already read would otherwise sort before the cursor and never be read.
        await using var command = dataSource.CreateCommand("""
            SELECT tx_id, position, stream_namespace, stream_key, payload FROM keel_events
            WHERE service_id = $1 AND partition = $2 AND (tx_id, position) > ($3, $4) AND tx_id < keel_visible_tx_bound()
            ORDER BY tx_id, position
            LIMIT $5
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = serviceId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = partition });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = after.TxId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = after.Position });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = maxCount });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<LogRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var stream = StreamId.Create(reader.GetString(2), reader.GetString(3));
            records.Add(new LogRecord(new LogPosition(reader.GetInt64(0), reader.GetInt64(1)), stream, events.Deserialize(reader.GetFieldValue<byte[]>(4))!));
        }
        return records;
    }

    public async Task<LogPosition> LoadCheckpointAsync(int partition, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT tx_id, position FROM keel_stream_checkpoints WHERE service_id = $1 AND provider = $2 AND partition = $3");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = serviceId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = provider });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = partition });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new LogPosition(reader.GetInt64(0), reader.GetInt64(1)) : LogPosition.Start;
    }

    public async Task SaveCheckpointAsync(int partition, LogPosition position, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO keel_stream_checkpoints (service_id, provider, partition, tx_id, position) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (service_id, provider, partition) DO UPDATE SET tx_id = excluded.tx_id, position = excluded.position, updated_at = now()
            WHERE (keel_stream_checkpoints.tx_id, keel_stream_checkpoints.position) < (excluded.tx_id, excluded.position)
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = serviceId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = provider });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = partition });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = position.TxId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = position.Position });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task EnqueueAsync(int partition, StreamId stream, byte[] payload, int attempts, TimeSpan delay, string? error, CancellationToken cancellationToken)
    {
        // A direct publish wakes the receivers (keel_stream_enqueue notifies on commit); a retry waits for its delay anyway.
        var direct = attempts == 0 && delay == TimeSpan.Zero;
        await using var command = direct
            ? dataSource.CreateCommand("SELECT keel_stream_enqueue($1, $2, $3, $4, $5, $6)")
            : dataSource.CreateCommand("""
                INSERT INTO keel_stream_messages (service_id, provider, partition, stream_namespace, stream_key, payload, attempts, last_error, visible_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() + $9)
                """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = serviceId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = provider });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = partition });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stream.GetNamespace() ?? "" });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stream.GetKeyAsString() });
        command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = payload, NpgsqlDbType = NpgsqlDbType.Bytea });
        if (!direct)
        {
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = attempts });
            command.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = error, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = delay, NpgsqlDbType = NpgsqlDbType.Interval });
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<List<LeasedMessage>> DequeueAsync(int partition, int maxCount, int maxAttempts, TimeSpan visibility, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT id, attempts, payload FROM keel_stream_dequeue($1, $2, $3, $4, $5, $6)");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = serviceId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = provider });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = partition });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = maxCount });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = maxAttempts });
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = visibility, NpgsqlDbType = NpgsqlDbType.Interval });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var messages = new List<LeasedMessage>();
        while (await reader.ReadAsync(cancellationToken))
        {
            messages.Add(new LeasedMessage(reader.GetInt64(0), reader.GetInt32(1), reader.GetFieldValue<byte[]>(2)));
        }
        return messages;
    }

    /// <summary>Deletes delivered messages whose lease is still the one delivered (attempts is the receipt).</summary>
    public async Task<int> AcknowledgeAsync(IReadOnlyCollection<MessageReceipt> receipts, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "DELETE FROM keel_stream_messages m USING unnest($1::bigint[], $2::integer[]) AS a(id, attempts) " +
            "WHERE m.id = a.id AND m.attempts = a.attempts");
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = receipts.Select(receipt => receipt.Id).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = receipts.Select(receipt => receipt.Attempts).ToArray() });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Extends the leases of messages still waiting for delivery (attempts is the receipt).</summary>
    public async Task RenewAsync(IReadOnlyCollection<MessageReceipt> receipts, TimeSpan visibility, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE keel_stream_messages m SET visible_at = now() + $3 FROM unnest($1::bigint[], $2::integer[]) AS a(id, attempts) " +
            "WHERE m.id = a.id AND m.attempts = a.attempts");
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = receipts.Select(receipt => receipt.Id).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = receipts.Select(receipt => receipt.Attempts).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = visibility, NpgsqlDbType = NpgsqlDbType.Interval });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Records a failed delivery; true when the message moved to the dead letters.</summary>
    public async Task<bool> FailAsync(MessageReceipt receipt, int maxAttempts, TimeSpan visibility, string reason, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT keel_stream_fail($1, $2, $3, $4, $5)");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = receipt.Id });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = receipt.Attempts });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = maxAttempts });
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = visibility, NpgsqlDbType = NpgsqlDbType.Interval });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = reason });
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    public async Task<int> EvictDeadLettersAsync(TimeSpan retention, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT keel_stream_evict_dead_letters($1)");
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = retention, NpgsqlDbType = NpgsqlDbType.Interval });
        return await command.ExecuteScalarAsync(cancellationToken) is int evicted ? evicted : 0;
    }
}
