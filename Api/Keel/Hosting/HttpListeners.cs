using Keel.Grains.Hosting;

namespace Keel.Api.Hosting;

/// <summary>Where Kestrel is told to listen, and which setting said so: its endpoints, else <c>urls</c> (ASPNETCORE_URLS, --urls), else its default.</summary>
internal static class HttpListeners
{
    public const string DefaultUrl = "http://localhost:5000";

    public static IEnumerable<(string Setting, string Url)> Read(IConfiguration configuration)
    {
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Where(endpoint => endpoint["Url"] is { Length: > 0 })
            .Select(endpoint => ($"Kestrel:Endpoints:{endpoint.Key}:Url", endpoint["Url"]!))
            .ToList();
        if (endpoints.Count > 0)
        {
            return endpoints;
        }
        var urls = configuration[WebHostDefaults.ServerUrlsKey];
        if (string.IsNullOrWhiteSpace(urls))
        {
            var ports = new[] { ("ASPNETCORE_HTTP_PORTS", WebHostDefaults.HttpPortsKey, "http"), ("ASPNETCORE_HTTPS_PORTS", WebHostDefaults.HttpsPortsKey, "https") }
                .SelectMany(p => (configuration[p.Item2] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(port => (p.Item1, $"{p.Item3}://*:{port}")))
                .ToList();
            if (ports.Count > 0)
            {
                return ports;
            }
        }
        return string.IsNullOrWhiteSpace(urls)
            ? [(StartupProblems.HttpSettings, DefaultUrl)]
            : urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(url => (StartupProblems.HttpSettings, url));
    }

    /// <summary>The URL as a URI (Kestrel's wildcards + and * become 0.0.0.0), or null for what is not a TCP address (a Unix socket).</summary>
    public static Uri? Parse(string url)
    {
        var parsable = url.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal);
        return Uri.TryCreate(parsable, UriKind.Absolute, out var uri) && uri.Port > 0 && !uri.Host.StartsWith("unix", StringComparison.OrdinalIgnoreCase)
            ? uri
            : null;
    }

    /// <summary>Whether only this machine can reach <paramref name="url"/> (loopback, or a Unix socket).</summary>
    public static bool IsLoopback(string url) => Parse(url) is not { } uri || uri.IsLoopback;
}
