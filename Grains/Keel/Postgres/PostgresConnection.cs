using System.Data.Common;
using Keel.Grains.Hosting;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Keel.Grains.Postgres;

/// <summary>Reads <c>ConnectionStrings:Postgres</c> and applies Keel's defaults.</summary>
public static class PostgresConnection
{
    /// <summary>PostgreSQL's default <c>max_connections</c> is 100, the same as Npgsql's default pool: one silo could take them all.</summary>
    public const int DefaultMaxPoolSize = 32;

    /// <summary>The ADO.NET provider name Orleans' providers need, even with a connection string.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>
    /// Statements Npgsql prepares on the server once they have run five times. Keel's queries are a few dozen fixed
    /// texts run thousands of times; prepared, PostgreSQL skips parsing and planning them.
    /// </summary>
    public const int DefaultMaxAutoPrepare = 64;

    private static readonly string[] PoolSizeKeys = ["Maximum Pool Size", "Max Pool Size", "MaxPoolSize"];
    private static readonly string[] AutoPrepareKeys = ["Max Auto Prepare", "MaxAutoPrepare"];
    private static readonly string[] ResetKeys = ["No Reset On Close", "NoResetOnClose"];

    public static string Resolve(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(KeelSettings.PostgresConnectionName);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new KeelStartupException(
                KeelSettings.PostgresConnectionString, $"not set, but {KeelSettings.Storage} is Postgres",
                "set it to an Npgsql connection string such as Host=127.0.0.1;Port=5432;Username=keel;Password=...;Database=keel");
        }
        return WithDefaults(configured);
    }

    public static string WithDefaults(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new KeelStartupException(
                KeelSettings.PostgresConnectionString,
                ex.ParamName is { Length: > 0 } key ? $"not a valid connection string ('{key}' is unknown or has a bad value)" : $"not a valid connection string ({ex.Message.TrimEnd('.')})",
                "write it as Key=Value pairs separated by ';', such as Host=127.0.0.1;Port=5432;Username=keel;Password=...;Database=keel", ex);
        }
        var raw = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!PoolSizeKeys.Any(raw.ContainsKey))
        {
            builder.MaxPoolSize = DefaultMaxPoolSize;
        }
        if (!AutoPrepareKeys.Any(raw.ContainsKey))
        {
            builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }
        if (!ResetKeys.Any(raw.ContainsKey))
        {
            // Keel keeps no session state on pooled connections (the migrator releases its lock; the bridge's
            // listener has a connection to itself), so the DISCARD ALL that Npgsql sends when a connection goes back
            // to the pool buys nothing: it ran once per query and threw the prepared statements away.
            builder.NoResetOnClose = true;
        }
        return builder.ConnectionString;
    }
}
