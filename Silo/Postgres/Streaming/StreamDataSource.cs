using System.Data.Common;
using Npgsql;

namespace Keel.Silo.Postgres.Streaming;

/// <summary>Builds the provider's connection pool.</summary>
internal static class StreamDataSource
{
    /// <summary>Npgsql's default pool (100) equals PostgreSQL's default max_connections; 32 worked best here.</summary>
    internal const int DefaultMaximumPoolSize = 32;

    private static readonly string[] PoolSizeKeys = ["Maximum Pool Size", "Max Pool Size", "MaxPoolSize"];

    internal static NpgsqlDataSource Create(string connectionString) =>
        NpgsqlDataSource.Create(WithPoolSize(connectionString));

    internal static NpgsqlConnectionStringBuilder WithPoolSize(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!PoolSizeKeys.Any(given.ContainsKey))
        {
            builder.MaxPoolSize = DefaultMaximumPoolSize;
        }
        return builder;
    }
}
