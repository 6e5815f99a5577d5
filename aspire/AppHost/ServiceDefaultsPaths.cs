namespace Keel.AppHost;

/// <summary>The probe paths of aspire/ServiceDefaults (the AppHost does not reference that ASP.NET Core library).</summary>
internal static class ServiceDefaultsPaths
{
    public const string Health = "/health";
}
