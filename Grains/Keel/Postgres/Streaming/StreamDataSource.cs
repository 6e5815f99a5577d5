using Npgsql;

namespace Keel.Grains.Postgres.Streaming;

/// <summary>Builds the provider's connection pool, with Keel's connection defaults (pool size 32 unless set).</summary>
internal static class StreamDataSource
{
    internal static NpgsqlDataSource Create(string connectionString) =>
        NpgsqlDataSource.Create(PostgresConnection.WithDefaults(connectionString));
}
