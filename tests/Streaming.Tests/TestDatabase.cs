using Keel.Grains.Streaming;
using Keel.Grains.Postgres.Streaming;
using Npgsql;

namespace Keel.Streaming.Tests;

/// <summary>A fresh database with the streams schema, on the server named by KEEL_TEST_POSTGRES; dropped afterwards.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ServerVariable = "KEEL_TEST_POSTGRES";
    private static readonly string[] Scripts = ["Keel.Migrations.0004_streams.sql", "Keel.Migrations.0006_event_log.sql", "Keel.Migrations.0008_failure_reasons.sql"];

    private readonly string _server;
    private readonly string _name;

    private TestDatabase(string server, string name, string connectionString)
    {
        _server = server;
        _name = name;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{ServerVariable} is not set. These tests need a real PostgreSQL server where they may CREATE DATABASE, e.g. " +
                $"{ServerVariable}=\"Host=127.0.0.1;Port=55433;Username=postgres;Database=postgres\". They never skip.");
        }
        var name = $"keel_test_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        var database = new TestDatabase(server, name, connectionString);
        await database.ExecuteAsync(await ReadScriptAsync());
        return database;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(_server);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<string> ReadScriptAsync()
    {
        var sql = new System.Text.StringBuilder();
        foreach (var script in Scripts)
        {
            await using var stream = typeof(EventStreamOptions).Assembly.GetManifestResourceStream(script)
                ?? throw new InvalidOperationException($"Embedded resource {script} is missing from the Silo assembly.");
            using var reader = new StreamReader(stream);
            sql.AppendLine(await reader.ReadToEndAsync());
        }
        return sql.ToString();
    }
}
