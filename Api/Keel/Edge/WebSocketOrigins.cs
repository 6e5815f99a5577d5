using Microsoft.AspNetCore.Http.Features;

namespace Keel.Api.Edge;

/// <summary>
/// A browser lets any page open a WebSocket to any server and sends the page's <c>Origin</c>; the server must check it.
/// Every WebSocket request whose <c>Origin</c> is neither this Api's own origin nor listed in
/// <c>Keel:WebSockets:AllowedOrigins</c> (a comma list, <c>https://app.example.com</c>) gets 403 problem details
/// (<c>origin-not-allowed</c>). A request without <c>Origin</c> comes from no browser page and passes on to authentication.
/// </summary>
public static class WebSocketOrigins
{
    public const string Setting = "Keel:WebSockets:AllowedOrigins";

    public static IApplicationBuilder UseKeelWebSocketOrigins(this IApplicationBuilder app, IConfiguration configuration)
    {
        var allowed = (configuration[Setting] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(origin => origin.TrimEnd('/'))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        // A request that passes is handed on as it is: nothing of this middleware waits as long as a stream lives.
        return app.Use((context, next) =>
        {
            var request = context.Request;
            return !IsWebSocket(context) || request.Headers.Origin.ToString() is not { Length: > 0 } origin
                || IsSameOrigin(origin, request) || allowed.Contains(origin)
                ? next(context)
                : Problems.Of(StatusCodes.Status403Forbidden, "origin-not-allowed",
                    $"A WebSocket from a page of another origin is refused; list the origin in {Setting} to allow it.").ExecuteAsync(context);
        });
    }

    private static bool IsWebSocket(HttpContext context) =>
        context.Request.Headers.Upgrade.ToString().Contains("websocket", StringComparison.OrdinalIgnoreCase)
        || context.Features.Get<IHttpExtendedConnectFeature>() is { IsExtendedConnect: true } connect
            && string.Equals(connect.Protocol, "websocket", StringComparison.OrdinalIgnoreCase);

    private static bool IsSameOrigin(string origin, HttpRequest request)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || !request.Host.HasValue)
        {
            return false;
        }
        var port = request.Host.Port ?? (request.IsHttps ? 443 : 80);
        return string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(uri.IdnHost, request.Host.Host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase)
            && uri.Port == port;
    }
}
