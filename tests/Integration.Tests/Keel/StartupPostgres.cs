using Npgsql;

namespace Keel.Integration.Tests;

/// <summary>
/// A PostgreSQL server of the start-up error tests' own, with a role that must give its password (the script's server
/// trusts every local connection, so it would take any password).
/// </summary>
public sealed class StartupPostgres : IAsyncLifetime
{
    public const string PasswordRole = "keel_password_user";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"keel-startup-pg-{Guid.NewGuid():N}");

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        ConnectionString = await Repository.RunScriptAsync("postgres.sh", "start", _directory, "26250");
        var hba = Path.Combine(_directory, "data", "pg_hba.conf");
        // The first matching line wins: this role is asked for its password, everyone else is still trusted.
        await File.WriteAllTextAsync(hba, $"host all {PasswordRole} 127.0.0.1/32 scram-sha-256\n" + await File.ReadAllTextAsync(hba));
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var role = new NpgsqlCommand($"CREATE ROLE {PasswordRole} LOGIN PASSWORD 'the-right-one'; SELECT pg_reload_conf();", connection);
        await role.ExecuteNonQueryAsync();
    }

    public Task DisposeAsync() => Repository.RunScriptAsync("postgres.sh", "stop", _directory);
}
