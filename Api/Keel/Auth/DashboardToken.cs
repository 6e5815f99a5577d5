using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http.Extensions;

namespace Keel.Api.Auth;

/// <summary>
/// Tokens a browser cannot put in a header: an endpoint marked <see cref="AcceptsTokenInQueryAttribute"/> reads
/// <c>?access_token=</c>; the dashboard takes the token once in the address (<c>/dashboard?access_token=...</c>) and
/// trades it for an HTTP-only cookie, for the page's own requests, and a redirect to the address without it. Only an
/// admin's token is traded (any other gets 403 and no cookie). The cookie lives no longer than the token, and outside
/// Development it is <c>__Host-keel-dashboard</c>: <c>Secure</c> (sent over HTTPS only, directly or through a trusted
/// proxy), for this host only. In Development (loopback only) it is <c>keel-dashboard-token</c>, limited to
/// <c>/dashboard</c>, secure when the request was.
/// </summary>
internal static class DashboardToken
{
    public const string PathPrefix = "/dashboard";
    private const string QueryKey = "access_token";
    private const string DevelopmentCookieName = "keel-dashboard-token";
    private const string CookieName = "__Host-keel-dashboard";

    public static Task ReadAsync(MessageReceivedContext context)
    {
        var request = context.Request;
        if (!string.IsNullOrEmpty(request.Headers.Authorization))
        {
            return Task.CompletedTask;
        }
        if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<AcceptsTokenInQueryAttribute>() is not null)
        {
            context.Token = request.Query[AcceptsTokenInQueryAttribute.QueryKey].FirstOrDefault();
            return Task.CompletedTask;
        }
        if (!request.Path.StartsWithSegments(PathPrefix))
        {
            return Task.CompletedTask;
        }
        context.Token = request.Query[QueryKey].FirstOrDefault() is { Length: > 0 } fromQuery
            ? fromQuery
            : request.Cookies[IsDevelopment(context.HttpContext) ? DevelopmentCookieName : CookieName];
        return Task.CompletedTask;
    }

    /// <summary>
    /// After authentication: <c>/dashboard?access_token=...</c> whose token validated is answered with the cookie and a
    /// redirect to the same address without the token, so that the token leaves the address bar, the browser's history,
    /// the dashboard's own redirects and the log lines of every later request. Any other request passes on (one with
    /// a token that did not validate gets 401 from authorization, never a redirect).
    /// </summary>
    private static bool IsDevelopment(HttpContext context) =>
        context.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment();

    public static Task TradeQueryTokenAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments(PathPrefix)
            || request.Query[QueryKey].FirstOrDefault() is not { Length: > 0 } token
            || context.User.Identity?.IsAuthenticated != true
            || !context.User.IsAdmin())
        {
            return next(context); // authorization answers: 401 for a token that did not validate, 403 for a non-admin
        }
        if (string.IsNullOrEmpty(request.Headers.Authorization))
        {
            // Without a header, the query's token is the one that validated (ReadAsync).
            var development = IsDevelopment(context);
            var expires = long.TryParse(context.User.FindFirst("exp")?.Value, out var exp) ? DateTimeOffset.FromUnixTimeSeconds(exp) : (DateTimeOffset?)null;
            context.Response.Cookies.Append(development ? DevelopmentCookieName : CookieName, token, new CookieOptions
            {
                HttpOnly = true,
                // __Host-: Secure, Path=/ and no Domain, or the browser refuses it.
                Secure = !development || request.IsHttps,
                SameSite = SameSiteMode.Strict,
                Path = development ? PathPrefix : "/",
                Expires = expires,
            });
        }
        var rest = new QueryBuilder(request.Query.Where(p => !string.Equals(p.Key, QueryKey, StringComparison.OrdinalIgnoreCase)));
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Redirect($"{request.PathBase}{request.Path}{rest.ToQueryString()}");
        return Task.CompletedTask;
    }
}
