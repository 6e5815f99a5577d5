using Keel.Silo.Hosting;

namespace Keel.AppHost;

/// <summary>
/// The settings the AppHost injects into Keel's processes, built only from <see cref="KeelSettings"/>'s keys
/// so they are exactly the ones Api and Silo read (tests/Integration.Tests checks this mapping).
/// </summary>
public static class AppHostSettings
{
    /// <summary>The PostgreSQL database resource; referenced under Keel's connection string name.</summary>
    public const string DatabaseResource = "keel";

    /// <summary>What <c>WithReference(database, connectionName)</c> sets in the referencing process.</summary>
    public static string ConnectionStringVariable { get; } =
        KeelSettings.EnvironmentVariable(KeelSettings.PostgresConnectionString);

    /// <summary>One process: the Api hosts the silo, on PostgreSQL, with the dashboard and the admin endpoints on.</summary>
    public static IReadOnlyDictionary<string, string> CoHostedApi { get; } = new Dictionary<string, string>
    {
        [KeelSettings.EnvironmentVariable(KeelSettings.Storage)] = "Postgres",
        [KeelSettings.EnvironmentVariable(KeelSettings.DashboardEnabled)] = "true",
        [KeelSettings.EnvironmentVariable(KeelSettings.AdminEnabled)] = "true",
    };
}
