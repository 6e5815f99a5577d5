using System.Net;
using Keel.Grains.Hosting;
using Microsoft.AspNetCore.HttpOverrides;

namespace Keel.Api.Edge;

/// <summary>
/// <c>Keel:TrustedProxies</c>: the addresses and networks of the reverse proxies in front of the Api (a comma list,
/// <c>10.0.0.5,10.1.0.0/16</c>; default none). Only a request that comes from one of them has its
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> believed, read from the right while the hops are trusted, so the
/// client's address (rate limits, idempotency scopes) and whether it used HTTPS (HSTS, the dashboard cookie) are the
/// proxy's word, never the client's own. Without the setting the headers are ignored.
/// </summary>
public static class TrustedProxies
{
    public const string Setting = "Keel:TrustedProxies";

    public static IServiceCollection AddKeelTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var (proxies, networks) = Read(configuration);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // ASP.NET Core trusts loopback by default; Keel trusts what the setting lists, nothing else.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
            // A chain of trusted proxies: walk back until the first address that is not one of them.
            options.ForwardLimit = null;
        });
        return services;
    }

    /// <summary>First in the pipeline: everything after it sees the client's address and scheme.</summary>
    public static IApplicationBuilder UseKeelTrustedProxies(this IApplicationBuilder app, IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration[Setting]) ? app : app.UseForwardedHeaders();

    private static (List<IPAddress> Proxies, List<System.Net.IPNetwork> Networks) Read(IConfiguration configuration)
    {
        var proxies = new List<IPAddress>();
        var networks = new List<System.Net.IPNetwork>();
        foreach (var entry in (configuration[Setting] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (entry.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                proxies.Add(address);
                proxies.Add(address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? address.MapToIPv6() : address);
            }
            else
            {
                throw new KeelStartupException(Setting, $"'{entry}' is not an IP address or network",
                    "list the proxies' addresses and CIDR networks, comma separated, such as 10.0.0.5,10.1.0.0/16");
            }
        }
        return (proxies, networks);
    }
}
