using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Keel.Silo.Hosting;

/// <summary>Reads and checks Keel's settings.</summary>
public static class KeelConfiguration
{
    public static StorageMode ReadStorageMode(this IConfiguration configuration)
    {
        var value = configuration[KeelSettings.Storage];
        if (string.IsNullOrWhiteSpace(value))
        {
            return StorageMode.Memory;
        }
        return Enum.TryParse<StorageMode>(value, ignoreCase: true, out var mode) && Enum.IsDefined(mode)
            ? mode
            : throw new KeelStartupException($"{KeelSettings.Storage} is '{value}'; use Memory or Postgres.");
    }

    public static ApiMode ReadApiMode(this IConfiguration configuration)
    {
        var value = configuration[KeelSettings.Mode];
        if (string.IsNullOrWhiteSpace(value))
        {
            return ApiMode.CoHosted;
        }
        return Enum.TryParse<ApiMode>(value, ignoreCase: true, out var mode) && Enum.IsDefined(mode)
            ? mode
            : throw new KeelStartupException($"{KeelSettings.Mode} is '{value}'; use CoHosted or Client.");
    }

    /// <summary>The Orleans ids: the service id keys stored state, so it must stay the same across restarts.</summary>
    public static (string ServiceId, string ClusterId) ReadClusterIds(this IConfiguration configuration) =>
        (configuration[KeelSettings.ServiceId] ?? "keel", configuration[KeelSettings.ClusterId] ?? "keel-dev");

    /// <summary>Sets the Orleans ids on silos and clients alike.</summary>
    public static void ApplyClusterIds(this IConfiguration configuration, ClusterOptions options) =>
        (options.ServiceId, options.ClusterId) = configuration.ReadClusterIds();

    /// <summary>The Orleans Dashboard: on in Development unless <c>Keel:Dashboard:Enabled</c> says otherwise.</summary>
    public static bool DashboardEnabled(this IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue(KeelSettings.DashboardEnabled, environment.IsDevelopment());
}
