using Npgsql;

namespace Keel.Testing;

/// <summary>
/// A fresh, empty database on the test server named by <c>KEEL_TEST_POSTGRES</c> (./test.sh starts one), dropped at the
/// end. Without it the tests fail: a durability test that silently skips proves nothing. As a fixture it is created by
/// <see cref="InitializeAsync"/>; elsewhere <see cref="CreateAsync"/> gives a created one (and <see cref="DisposeAsync"/> drops it).
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    public const string ServerVariable = "KEEL_TEST_POSTGRES";

    private readonly string _server;

    public PostgresDatabase()
    {
        _server = Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                $"{ServerVariable} is not set. Run ./test.sh, which starts PostgreSQL, or point it at a server where tests may " +
                $"create databases, e.g. {ServerVariable}=\"Host=127.0.0.1;Port=55433;Username=postgres;Database=postgres\". They never skip.");
        Name = $"keel_test_{Guid.NewGuid():N}";
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = Name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>A database created on the test server.</summary>
    public static async Task<PostgresDatabase> CreateAsync()
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        return database;
    }

    public async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {Name}", connection);
        await command.ExecuteNonQueryAsync();
    }

    public Task<T?> ScalarAsync<T>(string sql) => ScalarAsync<T>(ConnectionString, sql);

    public static async Task<T?> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// What is still on its way to subscriptions: deliverable log events past their partition's checkpoint, then queued
    /// messages (retries). Both empty is the positive marker that nothing can be delivered (again). Tests wait for it
    /// before asserting that an effect happened only once.
    /// </summary>
    public Task<BridgeBacklog> BridgeBacklogAsync() => BridgeBacklogAsync(ConnectionString);

    /// <inheritdoc cref="BridgeBacklogAsync()"/>
    public static async Task<BridgeBacklog> BridgeBacklogAsync(string connectionString)
    {
        // The log first: a log event whose delivery failed enters the retry queue before the checkpoint passes it, so
        // no undelivered log event followed by an empty queue means nothing was in between.
        var undelivered = await ScalarAsync<long>(connectionString, """
            SELECT count(*) FROM keel_events e
            LEFT JOIN keel_stream_checkpoints c ON c.service_id = e.service_id AND c.partition = e.partition AND c.provider = 'keel-events'
            WHERE e.partition IS NOT NULL AND (e.tx_id, e.position) > (coalesce(c.tx_id, 0), coalesce(c.position, 0))
            """);
        var queued = await ScalarAsync<long>(connectionString, "SELECT count(*) FROM keel_stream_messages");
        return new BridgeBacklog(undelivered, queued);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>See <see cref="PostgresDatabase.BridgeBacklogAsync"/>.</summary>
public sealed record BridgeBacklog(long UndeliveredEvents, long QueuedMessages)
{
    public bool IsEmpty => UndeliveredEvents == 0 && QueuedMessages == 0;
}
