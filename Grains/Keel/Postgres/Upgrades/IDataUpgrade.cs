using Npgsql;

namespace Keel.Grains.Postgres.Upgrades;

/// <summary>
/// A schema version whose work needs code (reading Keel's stored formats), not just SQL. The migrator applies it in
/// version order with the scripts, under the same lock, in one transaction, and records it the same way.
/// </summary>
public interface IDataUpgrade
{
    int Version { get; }

    string Name { get; }

    Task ApplyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken);
}
