using System.Text.Json;
using Keel.Grains.EventLog;
using Keel.Grains.Postgres.EventLog;
using Keel.Grains.Streaming;
using Npgsql;
using Orleans.Serialization;

namespace Keel.Grains.Postgres.Upgrades;

/// <summary>
/// Moves aggregates that schema versions up to 6 kept whole in grain state (<see cref="AggregateRecord"/>: every
/// event plus a published count) into the event log. Events already published become the aggregate's private
/// history (their messages, if still queued, are delivered from the queue as before); the unpublished tail — the old
/// outbox — is appended deliverable on the aggregate's service stream, so it reaches subscribers once.
/// </summary>
internal sealed class AggregateRecordUpgrade(Serializer<EventEnvelope> events, StreamPartitions partitions) : IDataUpgrade
{
    private const int ChunkSize = 500;

    private static readonly JsonSerializerOptions Json = CreateJsonOptions();

    // Only rows that hold an aggregate record; CASE keeps get_byte away from empty payloads.
    private const string IsAggregateRecord = """
        (CASE WHEN length(payloadbinary) > 0 AND get_byte(payloadbinary, 0) = 123
              THEN convert_from(payloadbinary, 'UTF8')::jsonb END) ?& array['events', 'grainId']
        """;

    public int Version => 7;

    public string Name => "aggregate_records_to_event_log";

    public async Task ApplyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var rows = new List<(string ServiceId, AggregateRecord Record)>();
        await using (var read = new NpgsqlCommand($"SELECT serviceid, payloadbinary FROM orleansstorage WHERE {IsAggregateRecord}", connection, transaction))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var record = JsonSerializer.Deserialize<AggregateRecord>(reader.GetFieldValue<byte[]>(1), Json)
                    ?? throw new InvalidDataException("An aggregate record in orleansstorage is empty.");
                rows.Add((reader.GetString(0), record));
            }
        }
        foreach (var service in rows.GroupBy(row => row.ServiceId))
        {
            foreach (var chunk in service.Chunk(ChunkSize))
            {
                await using var batch = new NpgsqlBatch(connection, transaction);
                LogStatements.AddAppends(batch, service.Key, [.. chunk.SelectMany(row => Appends(row.Record))]);
                await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
                while (await reader.NextResultAsync(cancellationToken))
                {
                }
            }
        }
        await using var delete = new NpgsqlCommand($"DELETE FROM orleansstorage WHERE {IsAggregateRecord}", connection, transaction);
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    private IEnumerable<AppendPart> Appends(AggregateRecord record)
    {
        var stream = record.GrainId!;
        var published = Math.Clamp(record.Published, 0, record.Events.Count);
        if (published > 0)
        {
            yield return Append(stream, 0, record.Events[..published], destination: null);
        }
        if (published < record.Events.Count)
        {
            // Keel's grain types are keel.<service>.<name>; an aggregate published on its service's namespace, keyed by its key.
            var type = stream[..stream.IndexOf('/', StringComparison.Ordinal)];
            var destination = DeliveryStreams.For(type.Split('.')[1], stream[(type.Length + 1)..]);
            yield return Append(stream, published, record.Events[published..], destination);
        }
    }

    private AppendPart Append(string stream, long expected, List<EventEnvelope> envelopes, StreamId? destination) => new(
        new EventAppend(stream, expected, destination, envelopes),
        destination is { } d ? partitions.PartitionOf(d) : null,
        [.. envelopes.Select(events.SerializeToArray)]);

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions();
        StorageJson.Configure(options);
        return options;
    }
}
