using Keel.Grains.Postgres.Upgrades;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Keel.Grains.Postgres;

/// <summary>
/// Brings the database schema up to date: applies each script (and data upgrade) not yet recorded in
/// <c>keel_schema_versions</c>, in version order, each in its own transaction, under an advisory lock so processes
/// starting together take turns.
/// </summary>
public sealed partial class PostgresMigrator(string connectionString, ILogger<PostgresMigrator> logger, IReadOnlyList<IDataUpgrade>? upgrades = null)
{
    private const long AdvisoryLockKey = 0x4B65656C_4D696772; // "KeelMigr"

    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, """
                CREATE TABLE IF NOT EXISTS keel_schema_versions (
                    version    integer     PRIMARY KEY,
                    name       text        NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """, cancellationToken);
            var applied = await AppliedVersionsAsync(connection, cancellationToken);
            var newlyApplied = new List<int>();
            var all = MigrationScripts.All.Select(script => (script.Version, script.Name, Script: (MigrationScript?)script, Upgrade: (IDataUpgrade?)null))
                .Concat((upgrades ?? []).Select(upgrade => (upgrade.Version, upgrade.Name, Script: (MigrationScript?)null, Upgrade: (IDataUpgrade?)upgrade)))
                .ToArray();
            if (all.GroupBy(step => step.Version).FirstOrDefault(same => same.Count() > 1) is { } taken)
            {
                // A build mistake, caught before anything is applied: one version would be recorded as done for both.
                throw new InvalidOperationException($"Schema steps {string.Join(" and ", taken.Select(step => step.Name))} share version {taken.Key}.");
            }
            var steps = all.Where(step => !applied.Contains(step.Version)).OrderBy(step => step.Version);
            foreach (var step in steps)
            {
                await ApplyAsync(connection, step.Version, step.Name, step.Script, step.Upgrade, cancellationToken);
                newlyApplied.Add(step.Version);
            }
            return newlyApplied;
        }
        finally
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            await connection.DisposeAsync();
            throw PostgresFailures.AtStartup(ex, connectionString);
        }
    }

    private async Task ApplyAsync(
        NpgsqlConnection connection, int version, string name, MigrationScript? script, IDataUpgrade? upgrade, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (script is not null)
        {
            await using var command = new NpgsqlCommand(script.Sql, connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        if (upgrade is not null)
        {
            await upgrade.ApplyAsync(connection, transaction, cancellationToken);
        }
        await using (var record = new NpgsqlCommand(
            "INSERT INTO keel_schema_versions (version, name) VALUES (@version, @name)", connection, transaction))
        {
            record.Parameters.AddWithValue("version", version);
            record.Parameters.AddWithValue("name", name);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        LogApplied(logger, version, name);
    }

    private static async Task<HashSet<int>> AppliedVersionsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT version FROM keel_schema_versions", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(reader.GetInt32(0));
        }
        return versions;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied schema migration {Version} ({Name})")]
    private static partial void LogApplied(ILogger logger, int version, string name);
}
