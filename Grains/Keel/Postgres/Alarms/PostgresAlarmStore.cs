using Keel.Grains.Alarms;
using Npgsql;

namespace Keel.Grains.Postgres.Alarms;

/// <summary>
/// Armed alarms in <c>keel_alarms</c>, shared by every silo of the service: the event log's appends write them (see
/// <see cref="EventLog.LogStatements.AddAlarms"/>); the clocks take due ones with <c>SKIP LOCKED</c>, so two clocks never
/// take one row at once.
/// </summary>
internal sealed class PostgresAlarmStore(NpgsqlDataSource database, string serviceId) : IAlarmStore
{
    public async Task<IReadOnlyList<DueAlarm>> TakeDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int max)
    {
        await using var command = database.CreateCommand("""
            UPDATE keel_alarms k SET leased_until = $3
            FROM (
                SELECT stream FROM keel_alarms
                WHERE service_id = $1 AND due_at <= $2 AND (leased_until IS NULL OR leased_until <= $2)
                ORDER BY due_at LIMIT $4
                FOR UPDATE SKIP LOCKED
            ) d
            WHERE k.service_id = $1 AND k.stream = d.stream
            RETURNING k.stream, k.armed_version, k.due_at
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = serviceId });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = leaseUntil });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = max });
        var due = new List<DueAlarm>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            due.Add(new DueAlarm(reader.GetString(0), reader.GetInt64(1), reader.GetFieldValue<DateTimeOffset>(2)));
        }
        return due;
    }

    public async Task<DateTimeOffset?> NextDueAsync()
    {
        await using var command = database.CreateCommand(
            "SELECT due_at FROM keel_alarms WHERE service_id = $1 AND leased_until IS NULL ORDER BY due_at LIMIT 1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = serviceId });
        return await command.ExecuteScalarAsync() is DateTime due ? new DateTimeOffset(due, TimeSpan.Zero) : null;
    }

    public async Task DisarmAsync(string stream, long armedAt)
    {
        await using var command = database.CreateCommand(
            "DELETE FROM keel_alarms WHERE service_id = $1 AND stream = $2 AND armed_version = $3");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = serviceId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stream });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = armedAt });
        await command.ExecuteNonQueryAsync();
    }

    public async Task<DueAlarm?> FindAsync(string stream)
    {
        await using var command = database.CreateCommand(
            "SELECT armed_version, due_at FROM keel_alarms WHERE service_id = $1 AND stream = $2");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = serviceId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stream });
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? new DueAlarm(stream, reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1)) : null;
    }

    public async Task<long> CountAsync()
    {
        await using var command = database.CreateCommand("SELECT count(*) FROM keel_alarms WHERE service_id = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = serviceId });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
