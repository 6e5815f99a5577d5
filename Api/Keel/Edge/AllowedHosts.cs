using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Primitives;

namespace Keel.Api.Edge;

/// <summary>
/// <c>AllowedHosts</c> (ASP.NET Core's setting, a <c>;</c> list; <c>*.example.com</c> matches subdomains): a request for
/// any other <c>Host</c> gets 400 problem details (<c>host-not-allowed</c>), so a page of another site cannot reach the Api
/// through a name of its own (DNS rebinding) and nothing the Api writes can be steered by the header. The default,
/// from <c>appsettings.json</c>, is this machine's names only (<c>localhost;*.localhost;127.0.0.1;[::1]</c>): set the
/// names clients use. <c>/health</c> and <c>/alive</c> answer any host, for probes that address the Api by its IP.
/// ASP.NET Core's own host filtering would answer with a bare 400, so Keel's takes its place.
/// </summary>
public static class AllowedHosts
{
    public const string Setting = "AllowedHosts";

    public static IServiceCollection AddKeelAllowedHosts(this IServiceCollection services)
    {
        // Keel checks the hosts itself (below); the built-in filter, which runs first, lets everything through.
        services.Configure<HostFilteringOptions>(options => options.AllowedHosts = ["*"]);
        return services;
    }

    public static IApplicationBuilder UseKeelAllowedHosts(this IApplicationBuilder app, IConfiguration configuration)
    {
        var hosts = (configuration[Setting] ?? "*").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (hosts.Length == 0 || hosts.Contains("*"))
        {
            return app;
        }
        var patterns = hosts.Select(host => new StringSegment(host)).ToList();
        // A request that passes is handed on as it is: nothing of this middleware waits as long as a stream lives.
        return app.Use((context, next) =>
        {
            var request = context.Request;
            return request.Host.HasValue && HostString.MatchesAny(request.Host.Host, patterns)
                || request.Path.StartsWithSegments("/health") || request.Path.StartsWithSegments("/alive")
                ? next(context)
                : Problems.Of(StatusCodes.Status400BadRequest, "host-not-allowed",
                    $"This Api does not answer for the host the request names; an operator lists the names it answers to in {Setting}.")
                    .ExecuteAsync(context);
        });
    }
}
