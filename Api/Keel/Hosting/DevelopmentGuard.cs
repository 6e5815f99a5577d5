using Keel.Grains.Hosting;

namespace Keel.Api.Hosting;

/// <summary>
/// Development trusts the machine: without settings of its own, the Api signs tokens with this user's development key
/// and turns on the admin endpoints and the dashboard. That is safe only while nobody else can reach it, so a Development
/// Api that would use one of these defaults refuses to start on a listener that is not loopback.
/// </summary>
internal static class DevelopmentGuard
{
    public static void Check(IConfiguration configuration, IHostEnvironment environment)
    {
        if (!environment.IsDevelopment())
        {
            return;
        }
        var defaults = new List<string>();
        if (string.IsNullOrWhiteSpace(configuration[AuthSettings.SigningKeyKey]) && string.IsNullOrWhiteSpace(configuration[AuthSettings.AuthorityKey]))
        {
            defaults.Add("this machine's development signing key");
        }
        if (string.IsNullOrWhiteSpace(configuration[KeelSettings.AdminEnabled]))
        {
            defaults.Add("the admin endpoints");
        }
        if (string.IsNullOrWhiteSpace(configuration[KeelSettings.DashboardEnabled]))
        {
            defaults.Add("the dashboard");
        }
        if (defaults.Count == 0)
        {
            return;
        }
        foreach (var (setting, url) in HttpListeners.Read(configuration))
        {
            if (!HttpListeners.IsLoopback(url))
            {
                throw new KeelStartupException(setting,
                    $"{url} is not a loopback address, but in Development the Api trusts whoever reaches it ({string.Join(", ", defaults)})",
                    "listen on loopback only (ASPNETCORE_URLS=http://127.0.0.1:5080), or run with ASPNETCORE_ENVIRONMENT=Production and "
                    + $"{AuthSettings.SigningKeyKey} or {AuthSettings.AuthorityKey}");
            }
        }
    }
}
