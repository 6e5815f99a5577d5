using System.Text.Json;
using Keel.Grains.Projections;
using Keel.Grains.Streaming;
using Npgsql;
using NpgsqlTypes;
using Orleans.Serialization;

namespace Keel.Grains.Postgres.Projections;

/// <summary>
/// Projections in PostgreSQL (<c>keel_projections</c>, <c>keel_projection_rows</c>): rows as JSON, written in the
/// transaction that moves the projection's place, and only when that place, its build and its lease are still what
/// the writer holds. The log is read per service in (tx_id, position) order and merged.
/// </summary>
internal sealed class PostgresProjectionStore(NpgsqlDataSource dataSource, string serviceId, Serializer<EventEnvelope> events)
    : IProjectionStore, IReadModels
{
    private static readonly JsonSerializerOptions Json = CreateJson();

    public async Task<ProjectionLease?> LeaseAsync(string projection, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO keel_projections AS p (service_id, projection, leased_by, leased_until) VALUES ($1, $2, $3, now() + $4)
            ON CONFLICT (service_id, projection) DO UPDATE SET leased_by = excluded.leased_by, leased_until = excluded.leased_until
            WHERE p.leased_by = excluded.leased_by OR p.leased_until IS NULL OR p.leased_until < now()
            RETURNING tx_id, position, build
            """);
        command.Parameters.Add(Text(serviceId));
        command.Parameters.Add(Text(projection));
        command.Parameters.Add(Text(owner));
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = duration });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new ProjectionLease(projection, owner, duration, new LogPosition(reader.GetInt64(0), reader.GetInt64(1)), reader.GetInt64(2))
            : null;
    }

    public async Task<IReadOnlyList<ProjectedRecord>> ReadAsync(IReadOnlyList<string> services, LogPosition after, int maxCount, CancellationToken cancellationToken)
    {
        // Each service's next events by the projection index, only from transactions below every running one (the
        // stream receivers' rule: a late commit never sorts before what was read).
        await using var command = dataSource.CreateCommand("""
            SELECT s.service, e.tx_id, e.position, e.stream, e.payload
            FROM unnest($2::text[]) AS s(service)
            CROSS JOIN LATERAL (
                SELECT tx_id, position, stream, payload FROM keel_events
                WHERE service_id = $1 AND stream_namespace = s.service AND partition IS NOT NULL
                  AND (tx_id, position) > ($3, $4) AND tx_id < keel_visible_tx_bound()
                ORDER BY tx_id, position
                LIMIT $5
            ) e
            """);
        command.Parameters.Add(Text(serviceId));
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. services] });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = after.TxId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = after.Position });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = maxCount });
        var read = new List<ProjectedRecord>();
        var counts = new Dictionary<string, (int Count, LogPosition Last)>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var service = reader.GetString(0);
                var position = new LogPosition(reader.GetInt64(1), reader.GetInt64(2));
                var envelope = events.Deserialize(reader.GetFieldValue<byte[]>(4))!;
                read.Add(new ProjectedRecord(position, service, envelope.StreamKey ?? ProjectedRecord.KeyOf(reader.GetString(3)), envelope));
                counts[service] = (counts.GetValueOrDefault(service).Count + 1, position);
            }
        }
        read.Sort((a, b) => a.Position.CompareTo(b.Position));
        // A service that filled its limit may have more events before another's last: stop at the earliest such end.
        var cut = counts.Values.Where(c => c.Count == maxCount).Select(c => (LogPosition?)c.Last).Min();
        return cut is { } end ? [.. read.Where(record => record.Position <= end).Take(maxCount)] : [.. read.Take(maxCount)];
    }

    public async Task<IReadOnlyDictionary<RowKey, object>> LoadRowsAsync(string projection, IReadOnlyCollection<RowKey> keys, CancellationToken cancellationToken)
    {
        // One query per kind of row, `key = ANY(...)`: an index scan of the primary key (a join with unnest() is
        // planned as a scan of every row once the table has grown).
        var types = keys.Select(key => key.Type).Distinct().ToArray();
        await using var batch = dataSource.CreateBatch();
        foreach (var type in types)
        {
            batch.BatchCommands.Add(Command(
                "SELECT key, row FROM keel_projection_rows WHERE service_id = $1 AND projection = $2 AND kind = $3 AND key = ANY($4)",
                Text(serviceId), Text(projection), Text(ProjectionDefinition.KindOf(type)),
                Texts(keys.Where(key => key.Type == type).Select(key => key.Key))));
        }
        var rows = new Dictionary<RowKey, object>();
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        foreach (var type in types)
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows[new RowKey(type, reader.GetString(0))] = JsonSerializer.Deserialize(reader.GetString(1), type, Json)!;
            }
            await reader.NextResultAsync(cancellationToken);
        }
        return rows;
    }

    public async Task<bool> CommitAsync(ProjectionLease lease, LogPosition to, int events, IReadOnlyList<RowWrite> writes, CancellationToken cancellationToken)
    {
        // One statement, so one round trip and one implicit transaction: the rows are written only if the place moved.
        await using var command = dataSource.CreateCommand("""
            WITH moved AS (
                UPDATE keel_projections SET tx_id = $6, position = $7, events = events + $8, updated_at = now(), leased_until = now() + $9
                WHERE service_id = $1 AND projection = $2 AND leased_by = $3 AND build = $10 AND tx_id = $4 AND position = $5
                RETURNING 1
            ), upserted AS (
                INSERT INTO keel_projection_rows (service_id, projection, kind, key, rank, row)
                SELECT $1, $2, k.kind, k.key, k.rank, k.row FROM unnest($11::text[], $12::text[], $13::bigint[], $14::jsonb[]) AS k(kind, key, rank, row)
                WHERE EXISTS (SELECT FROM moved)
                ON CONFLICT (service_id, projection, kind, key) DO UPDATE SET rank = excluded.rank, row = excluded.row
            ), removed AS (
                DELETE FROM keel_projection_rows r USING unnest($15::text[], $16::text[]) AS k(kind, key)
                WHERE EXISTS (SELECT FROM moved) AND r.service_id = $1 AND r.projection = $2 AND r.kind = k.kind AND r.key = k.key
            )
            SELECT count(*) FROM moved
            """);
        var upserts = writes.Where(write => write.Row is not null).ToArray();
        var removals = writes.Where(write => write.Row is null).ToArray();
        command.Parameters.Add(Text(serviceId));
        command.Parameters.Add(Text(lease.Projection));
        command.Parameters.Add(Text(lease.Owner));
        command.Parameters.Add(Long(lease.Checkpoint.TxId));
        command.Parameters.Add(Long(lease.Checkpoint.Position));
        command.Parameters.Add(Long(to.TxId));
        command.Parameters.Add(Long(to.Position));
        command.Parameters.Add(Long(events));
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = lease.Duration });
        command.Parameters.Add(Long(lease.Build));
        command.Parameters.Add(Texts(upserts.Select(w => ProjectionDefinition.KindOf(w.Key.Type))));
        command.Parameters.Add(Texts(upserts.Select(w => w.Key.Key)));
        command.Parameters.Add(new NpgsqlParameter<long?[]>
        {
            TypedValue = [.. upserts.Select(w => (w.Row as IRanked)?.Rank)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint,
        });
        command.Parameters.Add(new NpgsqlParameter<string[]>
        {
            TypedValue = [.. upserts.Select(w => JsonSerializer.Serialize(w.Row, w.Key.Type, Json))], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb,
        });
        command.Parameters.Add(Texts(removals.Select(w => ProjectionDefinition.KindOf(w.Key.Type))));
        command.Parameters.Add(Texts(removals.Select(w => w.Key.Key)));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! == 1;
    }

    public async Task<TRow?> FindAsync<TRow>(string projection, string key, CancellationToken cancellationToken = default) where TRow : class
    {
        await using var command = dataSource.CreateCommand(
            "SELECT row FROM keel_projection_rows WHERE service_id = $1 AND projection = $2 AND kind = $3 AND key = $4");
        command.Parameters.Add(Text(serviceId));
        command.Parameters.Add(Text(projection));
        command.Parameters.Add(Text(ProjectionDefinition.KindOf(typeof(TRow))));
        command.Parameters.Add(Text(key));
        return await command.ExecuteScalarAsync(cancellationToken) is string row ? JsonSerializer.Deserialize<TRow>(row, Json) : null;
    }

    public async Task<RowPage<TRow>> ListAsync<TRow>(string projection, int limit, string? after, CancellationToken cancellationToken = default) where TRow : class
    {
        var ranked = typeof(IRanked).IsAssignableFrom(typeof(TRow));
        var cursor = after is null ? (RowCursor?)null : RowCursor.Parse(after, ranked);
        await using var command = dataSource.CreateCommand(ranked
            ? """
              SELECT key, row FROM keel_projection_rows
              WHERE service_id = $1 AND projection = $2 AND kind = $3 AND rank IS NOT NULL
                AND ($5::bigint IS NULL OR rank < $5 OR (rank = $5 AND key COLLATE "C" > $6))
              ORDER BY rank DESC, key COLLATE "C" LIMIT $4
              """
            : """
              SELECT key, row FROM keel_projection_rows
              WHERE service_id = $1 AND projection = $2 AND kind = $3 AND ($6::text IS NULL OR key COLLATE "C" > $6)
              ORDER BY key COLLATE "C" LIMIT $4
              """);
        command.Parameters.Add(Text(serviceId));
        command.Parameters.Add(Text(projection));
        command.Parameters.Add(Text(ProjectionDefinition.KindOf(typeof(TRow))));
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit + 1 });
        command.Parameters.Add(new NpgsqlParameter<long?> { TypedValue = cursor?.Rank, NpgsqlDbType = NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = cursor?.Key, NpgsqlDbType = NpgsqlDbType.Text });
        var rows = new List<(string Key, TRow Row)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), JsonSerializer.Deserialize<TRow>(reader.GetString(1), Json)!));
        }
        var next = rows.Count > limit ? RowCursor.After(rows[limit - 1].Row, rows[limit - 1].Key).ToString() : null;
        return new RowPage<TRow>([.. rows.Take(limit).Select(row => row.Row)], next);
    }

    public async Task<IReadOnlyList<ProjectionStatus>> StatusAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT projection, events, build, updated_at, CASE WHEN leased_until > now() THEN leased_by END
            FROM keel_projections WHERE service_id = $1 ORDER BY projection
            """);
        command.Parameters.Add(Text(serviceId));
        var statuses = new List<ProjectionStatus>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            statuses.Add(new ProjectionStatus(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2),
                reader.GetFieldValue<DateTimeOffset>(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }
        return statuses;
    }

    public async Task<bool> RebuildAsync(string projection, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(Command(
            "UPDATE keel_projections SET tx_id = 0, position = 0, events = 0, build = build + 1, updated_at = now() WHERE service_id = $1 AND projection = $2",
            Text(serviceId), Text(projection)));
        batch.BatchCommands.Add(Command(
            "DELETE FROM keel_projection_rows WHERE service_id = $1 AND projection = $2", Text(serviceId), Text(projection)));
        await batch.ExecuteNonQueryAsync(cancellationToken);
        if (batch.BatchCommands[0].RecordsAffected != 1)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions();
        StorageJson.Configure(options);
        return options;
    }

    private static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private static NpgsqlParameter<string> Text(string value) => new() { TypedValue = value };

    private static NpgsqlParameter<long> Long(long value) => new() { TypedValue = value };

    private static NpgsqlParameter<string[]> Texts(IEnumerable<string> values) => new() { TypedValue = [.. values] };
}
