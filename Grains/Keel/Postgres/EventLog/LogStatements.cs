using Npgsql;
using Keel.Grains.EventLog;
using Keel.Grains.Postgres.Streaming;
using NpgsqlTypes;

namespace Keel.Grains.Postgres.EventLog;

/// <summary>The event log's statements; each takes a whole batch's operations as arrays.</summary>
internal static class LogStatements
{
    /// <summary>A setting local to the batch's transaction: how many event rows its insert wrote.</summary>
    private const string InsertedSetting = "keel.inserted_rows";

    /// <summary>Two result sets: the snapshots (stream, state), then the events after them (stream, payload) in version order.</summary>
    public static void AddLoads(NpgsqlBatch batch, string serviceId, IReadOnlyCollection<LoadOperation> loads)
    {
        var streams = loads.Select(load => load.Stream).Distinct(StringComparer.Ordinal).ToArray();
        batch.BatchCommands.Add(Command(
            "SELECT stream, state FROM keel_snapshots WHERE service_id = $1 AND stream = ANY($2)",
            Text(serviceId), TextArray(streams)));
        // One primary-key range scan per stream, whatever the statistics say: on a young table (statistics from when
        // it was nearly empty, kept in the prepared statement's generic plan) the planner hash-joined a scan of every
        // event of the service instead: 7-11 ms a batch, 90 % of PostgreSQL's time under load (bench/pg-profile.sh,
        // auto_explain). OFFSET 0 keeps the subquery from being flattened into that join.
        batch.BatchCommands.Add(Command("""
            SELECT s.stream, e.payload
            FROM unnest($2::text[]) WITH ORDINALITY AS s(stream, n)
            CROSS JOIN LATERAL (
                SELECT e.version, e.payload FROM keel_events e
                WHERE e.service_id = $1 AND e.stream = s.stream
                  AND e.version > coalesce((SELECT sn.version FROM keel_snapshots sn WHERE sn.service_id = $1 AND sn.stream = s.stream), 0)
                OFFSET 0
            ) e
            ORDER BY s.n, e.version
            """, Text(serviceId), TextArray(streams)));
    }

    /// <summary>One result set: (the read's position in <paramref name="reads"/>, payload), each read's events in version order.</summary>
    public static void AddReads(NpgsqlBatch batch, string serviceId, IReadOnlyList<(string Stream, long After)> reads) =>
        batch.BatchCommands.Add(Command("""
            SELECT r.n, e.payload
            FROM unnest($2::text[], $3::bigint[]) WITH ORDINALITY AS r(stream, after, n)
            CROSS JOIN LATERAL (
                SELECT e.version, e.payload FROM keel_events e
                WHERE e.service_id = $1 AND e.stream = r.stream AND e.version > r.after
                OFFSET 0
            ) e
            ORDER BY r.n, e.version
            """, Text(serviceId), TextArray([.. reads.Select(r => r.Stream)]),
            new NpgsqlParameter<long[]> { TypedValue = [.. reads.Select(r => r.After)] }));

    /// <summary>One result set: the stream and version of every row written; a row whose version was taken is not written.</summary>
    public static void AddAppends(NpgsqlBatch batch, string serviceId, IReadOnlyCollection<AppendPart> appends)
    {
        var count = appends.Sum(append => append.Payloads.Length);
        var streams = new string[count];
        var versions = new long[count];
        var partitions = new int?[count];
        var namespaces = new string?[count];
        var keys = new string?[count];
        var types = new string[count];
        var occurred = new DateTime[count];
        var payloads = new byte[count][];
        var row = 0;
        foreach (var append in appends)
        {
            var destination = append.Append.Destination;
            for (var i = 0; i < append.Payloads.Length; i++, row++)
            {
                var envelope = append.Append.Events[i];
                streams[row] = append.Append.Stream;
                versions[row] = envelope.Version;
                partitions[row] = append.Partition;
                namespaces[row] = destination?.GetNamespace();
                keys[row] = destination?.GetKeyAsString();
                types[row] = EventTypes.NameOf(envelope.Event);
                occurred[row] = envelope.OccurredAt.UtcDateTime;
                payloads[row] = append.Payloads[i];
            }
        }
        // The count of rows written is also left in the transaction's settings, for the undo statement after it.
        batch.BatchCommands.Add(Command($"""
            WITH inserted AS (
                INSERT INTO keel_events (service_id, stream, version, partition, stream_namespace, stream_key, event_type, occurred_at, payload)
                SELECT $1, * FROM unnest($2::text[], $3::bigint[], $4::integer[], $5::text[], $6::text[], $7::text[], $8::timestamptz[], $9::bytea[])
                ON CONFLICT (service_id, stream, version) DO NOTHING
                RETURNING stream, version
            ), noted AS (
                SELECT set_config('{InsertedSetting}', count(*)::text, true) AS written FROM inserted
            )
            SELECT i.stream, i.version FROM noted LEFT JOIN inserted i ON true WHERE i.stream IS NOT NULL
            """,
            Text(serviceId), TextArray(streams),
            new NpgsqlParameter<long[]> { TypedValue = versions },
            new NpgsqlParameter<int?[]> { TypedValue = partitions, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer },
            new NpgsqlParameter<string?[]> { TypedValue = namespaces, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
            new NpgsqlParameter<string?[]> { TypedValue = keys, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
            TextArray(types),
            new NpgsqlParameter<DateTime[]> { TypedValue = occurred, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz },
            new NpgsqlParameter<byte[][]> { TypedValue = payloads, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea }));
        // Watchers in every process LISTEN for what was appended (a hint: they read the log for what they follow).
        batch.BatchCommands.Add(Command(
            $"SELECT pg_notify('{AppendNotices.Channel}', $1 || '|' || c) FROM unnest($2::text[]) AS c",
            Text(serviceId), TextArray(AppendNotices.Chunks(appends.Select(a => (a.Append.Stream, a.Append.ExpectedVersion + a.Payloads.Length))))));
        var woken = appends.Where(append => append.Partition is not null).Select(append => append.Partition!.Value).Distinct().ToArray();
        if (woken.Length > 0)
        {
            // Receivers on every silo LISTEN; the notification is sent when the transaction commits.
            batch.BatchCommands.Add(Command(
                $"SELECT pg_notify('{StreamNotifications.Channel}', '{StreamNotifications.LogPrefix}' || p || ':' || $2 || ':' || $1) FROM unnest($3::integer[]) AS p",
                Text(serviceId), Text(KeelNames.StreamProvider), new NpgsqlParameter<int[]> { TypedValue = woken }));
        }
    }

    public static void AddSnapshots(NpgsqlBatch batch, string serviceId, IReadOnlyCollection<SnapshotOperation> snapshots)
    {
        batch.BatchCommands.Add(Command("""
            INSERT INTO keel_snapshots (service_id, stream, version, state)
            SELECT $1, * FROM unnest($2::text[], $3::bigint[], $4::bytea[])
            ON CONFLICT (service_id, stream) DO UPDATE SET version = excluded.version, state = excluded.state, written_at = now()
            WHERE keel_snapshots.version < excluded.version
            """,
            Text(serviceId),
            TextArray([.. snapshots.Select(s => s.Stream)]),
            new NpgsqlParameter<long[]> { TypedValue = [.. snapshots.Select(s => s.Version)] },
            new NpgsqlParameter<byte[][]> { TypedValue = [.. snapshots.Select(s => s.State)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea }));
    }

    /// <summary>
    /// Removes, in the same transaction, the rows of appends that were written only in part (another append took one of
    /// their versions, on any of the streams they span): the database decides, so the batch needs no second round trip
    /// before its commit. A row counts as written by this transaction by its <c>tx_id</c>.
    /// </summary>
    public static void AddUndoOfPartial(NpgsqlBatch batch, string serviceId, IReadOnlyList<AppendOperation> appends)
    {
        // When the insert wrote every row of the batch (it left the count in InsertedSetting), no append can be partial:
        // the guard is evaluated once, and the statement then reads nothing.
        var rows = appends.Sum(append => append.Rows);
        var streams = new string[rows];
        var versions = new long[rows];
        var units = new int[rows];
        var row = 0;
        for (var unit = 0; unit < appends.Count; unit++)
        {
            foreach (var part in appends[unit].Parts)
            {
                foreach (var envelope in part.Append.Events)
                {
                    (streams[row], versions[row], units[row]) = (part.Append.Stream, envelope.Version, unit);
                    row++;
                }
            }
        }
        batch.BatchCommands.Add(Command($"""
            WITH rows AS (
                SELECT u.stream, u.version, u.unit FROM unnest($2::text[], $3::bigint[], $4::integer[]) AS u(stream, version, unit)
                WHERE coalesce(nullif(current_setting('{InsertedSetting}', true), '')::integer, -1) <> $5
            ), partial AS (
                SELECT r.unit FROM rows r
                LEFT JOIN keel_events x ON x.service_id = $1 AND x.stream = r.stream AND x.version = r.version
                    AND x.tx_id = pg_current_xact_id()::text::bigint
                GROUP BY r.unit HAVING count(x.stream) < count(*)
            )
            DELETE FROM keel_events e USING rows r JOIN partial p ON p.unit = r.unit
            WHERE e.service_id = $1 AND e.stream = r.stream AND e.version = r.version AND e.tx_id = pg_current_xact_id()::text::bigint
            """, Text(serviceId), TextArray(streams), new NpgsqlParameter<long[]> { TypedValue = versions }, new NpgsqlParameter<int[]> { TypedValue = units },
            new NpgsqlParameter<int> { TypedValue = rows }));
    }

    /// <summary>
    /// Arms, re-arms or disarms the alarms the appends changed — only for appends written whole, after
    /// <see cref="AddUndoOfPartial"/>: an append counts as written when the event that changed its alarm is a row of
    /// this transaction. A re-armed alarm is no longer leased.
    /// </summary>
    public static void AddAlarms(NpgsqlBatch batch, string serviceId, IReadOnlyList<EventAppend> appends)
    {
        var changes = appends.Where(append => append.Alarm is not null).ToArray();
        if (changes.Length == 0)
        {
            return;
        }
        batch.BatchCommands.Add(Command("""
            WITH changed AS (
                SELECT c.stream, c.armed_version, c.due_at FROM unnest($2::text[], $3::bigint[], $4::timestamptz[]) AS c(stream, armed_version, due_at)
                WHERE EXISTS (SELECT 1 FROM keel_events e WHERE e.service_id = $1 AND e.stream = c.stream AND e.version = c.armed_version
                    AND e.tx_id = pg_current_xact_id()::text::bigint)
            ), disarmed AS (
                DELETE FROM keel_alarms k USING changed c
                WHERE c.due_at IS NULL AND k.service_id = $1 AND k.stream = c.stream AND k.armed_version < c.armed_version
            )
            INSERT INTO keel_alarms (service_id, stream, armed_version, due_at)
            SELECT $1, c.stream, c.armed_version, c.due_at FROM changed c WHERE c.due_at IS NOT NULL
            ON CONFLICT (service_id, stream) DO UPDATE SET armed_version = excluded.armed_version, due_at = excluded.due_at, leased_until = NULL
            WHERE keel_alarms.armed_version < excluded.armed_version
            """,
            Text(serviceId), TextArray([.. changes.Select(c => c.Stream)]),
            new NpgsqlParameter<long[]> { TypedValue = [.. changes.Select(c => c.Alarm!.ArmedAt)] },
            new NpgsqlParameter<DateTime?[]>
            {
                TypedValue = [.. changes.Select(c => c.Alarm!.Due?.UtcDateTime)],
                NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz,
            }));
    }

    private static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private static NpgsqlParameter<string> Text(string value) => new() { TypedValue = value };

    private static NpgsqlParameter<string[]> TextArray(string[] values) => new() { TypedValue = values };
}
