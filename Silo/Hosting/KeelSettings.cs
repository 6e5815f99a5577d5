namespace Keel.Silo.Hosting;

/// <summary>The configuration keys Keel reads, in one place (Api, Silo and orchestration share them).</summary>
public static class KeelSettings
{
    public const string SiloPort = "Keel:SiloPort";
    public const string GatewayPort = "Keel:GatewayPort";
    public const string ClusterId = "Keel:ClusterId";
    public const string ServiceId = "Keel:ServiceId";

    public const int DefaultSiloPort = 11111;
    public const int DefaultGatewayPort = 30000;
}
