using System.Net.Sockets;
using Keel.Grains.Hosting;
using Npgsql;

namespace Keel.Grains.Postgres;

/// <summary>What a PostgreSQL error means to an operator: the server is away, or the settings are wrong.</summary>
public static class PostgresFailures
{
    /// <summary>
    /// The server cannot be reached or is not serving (connection lost or refused, shutting down, starting up, out of
    /// connections): a failure that ends when the server is back, not a bug nor a conflict.
    /// </summary>
    public static bool IsOutage(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
            || postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
                or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections,
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException,
        _ => false,
    };

    /// <summary>
    /// Throws unless PostgreSQL answers on a new connection: after an outage the pooled ones are dead, and a probe on
    /// one of them would fail once per pooled connection.
    /// </summary>
    public static async Task ProbeAsync(string connectionString, CancellationToken cancellationToken)
    {
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(unpooled);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>Why a connection with <paramref name="connectionString"/> could not be opened at start-up, told apart.</summary>
    public static KeelStartupException AtStartup(Exception exception, string connectionString)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var where = $"{target.Host}:{target.Port}";
        return exception switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } =>
                new KeelStartupException(KeelSettings.PostgresConnectionString,
                    $"PostgreSQL at {where} refused user '{target.Username}': authentication failed",
                    "correct Username and Password (or the server's pg_hba.conf)", exception),
            PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } =>
                new KeelStartupException(KeelSettings.PostgresConnectionString,
                    $"database '{target.Database}' does not exist on PostgreSQL at {where}",
                    $"create it (CREATE DATABASE \"{target.Database}\") or correct Database", exception),
            PostgresException postgres when !IsOutage(postgres) =>
                new KeelStartupException(KeelSettings.PostgresConnectionString,
                    $"PostgreSQL at {where} refused the connection: {postgres.MessageText} ({postgres.SqlState})",
                    "correct the connection string or the server's settings", exception),
            _ => new KeelStartupException(KeelSettings.PostgresConnectionString,
                $"PostgreSQL at {where} is unreachable ({Innermost(exception).Message.TrimEnd('.')})",
                "start the server, or correct Host and Port", exception),
        };
    }

    private static Exception Innermost(Exception exception) =>
        exception.InnerException is { } inner ? Innermost(inner) : exception;
}
