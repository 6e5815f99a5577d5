using Microsoft.Extensions.Configuration;

namespace Keel.Silo.Hosting;

/// <summary>The configuration keys Keel reads, in one place (Api, Silo and orchestration share them).</summary>
public static class KeelSettings
{
    public const string Storage = "Keel:Storage";
    public const string PostgresConnectionName = "Postgres";
    public const string PostgresConnectionString = "ConnectionStrings:" + PostgresConnectionName;
    public const string SiloPort = "Keel:SiloPort";
    public const string GatewayPort = "Keel:GatewayPort";
    public const string ClusterId = "Keel:ClusterId";
    public const string ServiceId = "Keel:ServiceId";
    public const string DashboardEnabled = "Keel:Dashboard:Enabled";
    public const string AdminEnabled = "Keel:Admin:Enabled";

    public const int DefaultSiloPort = 11111;
    public const int DefaultGatewayPort = 30000;

    public static StorageMode ReadStorageMode(this IConfiguration configuration)
    {
        var value = configuration[Storage];
        if (string.IsNullOrWhiteSpace(value))
        {
            return StorageMode.Memory;
        }
        return Enum.TryParse<StorageMode>(value, ignoreCase: true, out var mode) && Enum.IsDefined(mode)
            ? mode
            : throw new KeelStartupException($"{Storage} is '{value}'; use Memory or Postgres.");
    }
}
