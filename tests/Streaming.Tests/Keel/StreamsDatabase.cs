using Keel.Grains.Streaming;

namespace Keel.Streaming.Tests;

/// <summary>A fresh database of the test server (the kit's <see cref="PostgresDatabase"/>) with the streams schema.</summary>
public static class StreamsDatabase
{
    private static readonly string[] Scripts = ["Keel.Migrations.0004_streams.sql", "Keel.Migrations.0006_event_log.sql", "Keel.Migrations.0008_failure_reasons.sql", "Keel.Migrations.0011_alarms.sql", "Keel.Migrations.0012_projections.sql"];

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var database = await PostgresDatabase.CreateAsync();
        await database.ExecuteAsync(await ReadScriptAsync());
        return database;
    }

    private static async Task<string> ReadScriptAsync()
    {
        var sql = new System.Text.StringBuilder();
        foreach (var script in Scripts)
        {
            await using var stream = typeof(EventStreamOptions).Assembly.GetManifestResourceStream(script)
                ?? throw new InvalidOperationException($"Embedded resource {script} is missing from the Grains assembly.");
            using var reader = new StreamReader(stream);
            sql.AppendLine(await reader.ReadToEndAsync());
        }
        return sql.ToString();
    }
}
