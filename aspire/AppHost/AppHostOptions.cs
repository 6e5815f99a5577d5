using Microsoft.Extensions.Configuration;

namespace Keel.AppHost;

/// <summary>What the AppHost starts: <c>cluster</c> (two silos with service roles and a client Api) or <c>single</c>.</summary>
internal enum Topology
{
    Cluster,
    Single,
}

/// <summary>Where PostgreSQL comes from: a container when a container runtime answers, the local binaries otherwise.</summary>
internal enum PostgresRuntime
{
    Auto,
    Container,
    Local,
}

/// <summary>
/// The AppHost's own options, from <c>--topology</c>, <c>--storage</c>, <c>--postgres</c>, <c>--postgres-data</c>
/// and <c>--keep-data</c> (or <c>AppHost__*</c> variables, as the launch profiles set them).
/// </summary>
internal sealed record AppHostOptions(
    Topology Topology,
    bool UsePostgres,
    PostgresRuntime PostgresRuntime,
    string PostgresDataDirectory,
    bool KeepData)
{
    public static readonly Dictionary<string, string> Switches = new()
    {
        ["--topology"] = "AppHost:Topology",
        ["--storage"] = "AppHost:Storage",
        ["--postgres"] = "AppHost:Postgres",
        ["--postgres-data"] = "AppHost:PostgresData",
        ["--keep-data"] = "AppHost:KeepData",
    };

    public static AppHostOptions Read(IConfiguration configuration, string repositoryRoot)
    {
        var topology = Parse(configuration, "AppHost:Topology", Topology.Cluster);
        // A cluster needs PostgreSQL (membership); one process runs on memory unless told otherwise.
        var usePostgres = topology == Topology.Cluster
            || string.Equals(configuration["AppHost:Storage"], "postgres", StringComparison.OrdinalIgnoreCase);
        return new AppHostOptions(
            topology,
            usePostgres,
            Parse(configuration, "AppHost:Postgres", PostgresRuntime.Auto),
            Path.GetFullPath(configuration["AppHost:PostgresData"] is { Length: > 0 } data
                ? data
                : Path.Combine(repositoryRoot, ".pg", "apphost")),
            configuration.GetValue("AppHost:KeepData", true));
    }

    private static T Parse<T>(IConfiguration configuration, string key, T fallback) where T : struct, Enum
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }
        return Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new ArgumentException($"{key} is '{value}'; use one of: {string.Join(", ", Enum.GetNames<T>()).ToLowerInvariant()}.");
    }
}
