using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Keel.Grains.Hosting;

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
            : throw new KeelStartupException(KeelSettings.Storage, $"'{value}' is not a storage", "set it to Memory (the default) or Postgres");
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
            : throw new KeelStartupException(KeelSettings.Mode, $"'{value}' is not a mode", "set it to CoHosted (the default) or Client");
    }

    /// <summary>A TCP port setting: a whole number from 1 to 65535, or <paramref name="fallback"/> when unset.</summary>
    public static int ReadPort(this IConfiguration configuration, string key, int fallback)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? port
            : throw new KeelStartupException(key, $"'{value}' is not a port number", "use a whole number from 1 to 65535");
    }

    /// <summary>A whole-number setting, or <paramref name="fallback"/> when unset.</summary>
    public static int ReadCount(this IConfiguration configuration, string key, int fallback)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0
            ? count
            : throw new KeelStartupException(key, $"'{value}' is not a positive whole number", $"use a number such as {fallback}");
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
