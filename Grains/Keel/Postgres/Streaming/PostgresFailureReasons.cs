using Keel.Grains.Streaming;
using Npgsql;

namespace Keel.Grains.Postgres.Streaming;

/// <summary>Delivery failure reasons in PostgreSQL, readable by every silo (Migrations/0008_failure_reasons.sql).</summary>
internal sealed class PostgresFailureReasons(NpgsqlDataSource dataSource, string serviceId, string provider) : IDeliveryFailureReasons
{
    public async Task RecordAsync(StreamId stream, long delivery, string reason)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO keel_stream_failure_reasons (service_id, provider, stream_namespace, stream_key, delivery, reason)
            VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (service_id, provider, stream_namespace, stream_key, delivery) DO UPDATE SET reason = excluded.reason, recorded_at = now()
            """);
        AddKey(command, stream, delivery);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = reason });
        await command.ExecuteNonQueryAsync();
    }

    public async Task<string?> TakeAsync(StreamId stream, long delivery)
    {
        await using var command = dataSource.CreateCommand("""
            DELETE FROM keel_stream_failure_reasons
            WHERE service_id = $1 AND provider = $2 AND stream_namespace = $3 AND stream_key = $4 AND delivery = $5
            RETURNING reason
            """);
        AddKey(command, stream, delivery);
        return await command.ExecuteScalarAsync() as string;
    }

    public async Task EvictAsync(TimeSpan retention)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM keel_stream_failure_reasons WHERE recorded_at < now() - $1");
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = retention, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Interval });
        await command.ExecuteNonQueryAsync();
    }

    private void AddKey(NpgsqlCommand command, StreamId stream, long delivery)
    {
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = serviceId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = provider });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stream.GetNamespace() ?? "" });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stream.GetKeyAsString() });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = delivery });
    }
}
