using Keel.Grains.EventLog;
using Npgsql;
using Orleans.Serialization;

namespace Keel.Grains.Postgres.EventLog;

/// <summary>Reads the log on PostgreSQL for a process that hosts no silo (a client Api watching streams for its connections).</summary>
internal sealed class PostgresLogReader(
    NpgsqlDataSource database, string serviceId, Serializer<EventEnvelope> events, Serializer<AggregateSnapshot> snapshots) : IEventLogReader
{
    public async Task<LoadedAggregate> LoadAsync(string stream)
    {
        await using var command = database.CreateCommand("SELECT version, state FROM keel_snapshots WHERE service_id = $1 AND stream = $2");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = serviceId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stream });
        AggregateSnapshot? snapshot = null;
        await using (var reader = await command.ExecuteReaderAsync())
        {
            if (await reader.ReadAsync())
            {
                snapshot = snapshots.Deserialize(reader.GetFieldValue<byte[]>(1));
            }
        }
        return new LoadedAggregate(snapshot, await ReadAsync(stream, snapshot?.Version ?? 0));
    }

    public async Task<IReadOnlyList<EventEnvelope>> ReadAsync(string stream, long afterVersion)
    {
        await using var command = database.CreateCommand(
            "SELECT payload FROM keel_events WHERE service_id = $1 AND stream = $2 AND version > $3 ORDER BY version");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = serviceId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stream });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = afterVersion });
        var read = new List<EventEnvelope>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            read.Add(events.Deserialize(reader.GetFieldValue<byte[]>(0))!);
        }
        return read;
    }
}
