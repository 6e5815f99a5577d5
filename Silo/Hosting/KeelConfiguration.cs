using Microsoft.Extensions.Configuration;

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
}
