using Keel.Grains.Hosting;

namespace Keel.AppHost;

/// <summary>
/// The settings the AppHost injects into Keel's processes, built only from <see cref="KeelSettings"/>'s keys
/// so they are exactly the ones Api and Silo read (tests/Integration.Tests checks this mapping).
/// Ports and the connection string come from Aspire (endpoints, references) and are added where they are known.
/// </summary>
public static class AppHostSettings
{
    /// <summary>The PostgreSQL database; referenced under Keel's connection string name.</summary>
    public const string DatabaseResource = "keel";

    /// <summary>Kept stable across runs: the service id keys the stored state.</summary>
    public const string ServiceId = "keel";
    public const string ClusterId = "keel-dev";

    /// <summary>The service roles of the cluster's silos, one silo each (the game's services — Lobby, Games, Wallet and its Statistics — share one).</summary>
    public static IReadOnlyList<string> SiloRoles { get; } = ["users", "email", "lobby,games,wallet,statistics"];

    /// <summary>What <c>WithReference(database, connectionName)</c> sets in the referencing process.</summary>
    public static string ConnectionStringVariable { get; } =
        KeelSettings.EnvironmentVariable(KeelSettings.PostgresConnectionString);

    public static string SiloPortVariable { get; } = KeelSettings.EnvironmentVariable(KeelSettings.SiloPort);
    public static string GatewayPortVariable { get; } = KeelSettings.EnvironmentVariable(KeelSettings.GatewayPort);

    /// <summary>A cluster node hosting <paramref name="services"/>, on PostgreSQL.</summary>
    public static IReadOnlyDictionary<string, string> Silo(string services) => Variables(
        (KeelSettings.Storage, "Postgres"),
        (KeelSettings.Services, services),
        (KeelSettings.ServiceId, ServiceId),
        (KeelSettings.ClusterId, ClusterId),
        (KeelSettings.DashboardEnabled, "true"));

    /// <summary>The Api as an Orleans client of the cluster, with the Orleans dashboard and the admin endpoints on.</summary>
    public static IReadOnlyDictionary<string, string> ClientApi { get; } = Variables(
        (KeelSettings.Mode, "Client"),
        (KeelSettings.Storage, "Postgres"),
        (KeelSettings.ServiceId, ServiceId),
        (KeelSettings.ClusterId, ClusterId),
        (KeelSettings.DashboardEnabled, "true"),
        (KeelSettings.AdminEnabled, "true"));

    /// <summary>One process: the Api hosts its silo, on PostgreSQL or in memory.</summary>
    public static IReadOnlyDictionary<string, string> CoHostedApi(bool postgres) => Variables(
        (KeelSettings.Storage, postgres ? "Postgres" : "Memory"),
        (KeelSettings.ServiceId, ServiceId),
        (KeelSettings.ClusterId, ClusterId),
        (KeelSettings.DashboardEnabled, "true"),
        (KeelSettings.AdminEnabled, "true"));

    private static Dictionary<string, string> Variables(params (string Key, string Value)[] settings) =>
        settings.ToDictionary(s => KeelSettings.EnvironmentVariable(s.Key), s => s.Value);
}
