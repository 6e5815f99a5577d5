using Npgsql;
using NpgsqlTypes;

namespace Keel.Silo.Postgres.Streaming;

/// <summary>The provider's statements against one queue (service id + provider name); one round trip each.</summary>
internal sealed class StreamQueries(NpgsqlDataSource dataSource, string serviceId, string provider)
{
    public string ServiceId => serviceId;

    public async Task EnqueueAsync(int partition, string streamNamespace, string streamKey, byte[] payload, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT keel_stream_enqueue($1, $2, $3, $4, $5, $6)");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = serviceId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = provider });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = partition });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = streamNamespace });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = streamKey });
        command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = payload, NpgsqlDbType = NpgsqlDbType.Bytea });
        await command.ExecuteScalarAsync(cancellationToken);
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
