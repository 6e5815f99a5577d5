using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http.Extensions;

namespace Keel.Api.Auth;

/// <summary>
/// Tokens a browser cannot put in a header: an endpoint marked <see cref="AcceptsTokenInQueryAttribute"/> reads
/// <c>?access_token=</c>; the dashboard takes the token once in the address (<c>/dashboard?access_token=...</c>) and
/// trades it for an HTTP-only cookie limited to <c>/dashboard</c>, for the page's own requests, and a redirect to the
/// address without it.
/// </summary>
internal static class DashboardToken
{
    public const string PathPrefix = "/dashboard";
    private const string QueryKey = "access_token";
    private const string CookieName = "keel-dashboard-token";

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
            : request.Cookies[CookieName];
        return Task.CompletedTask;
    }

    /// <summary>
    /// After authentication: <c>/dashboard?access_token=...</c> whose token validated is answered with the cookie and a
    /// redirect to the same address without the token, so that the token leaves the address bar, the browser's history,
    /// the dashboard's own redirects and the log lines of every later request. Any other request passes on (one with
    /// a token that did not validate gets 401 from authorization, never a redirect).
    /// </summary>
    public static Task TradeQueryTokenAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments(PathPrefix)
            || request.Query[QueryKey].FirstOrDefault() is not { Length: > 0 } token
            || context.User.Identity?.IsAuthenticated != true)
        {
            return next(context);
        }
        if (string.IsNullOrEmpty(request.Headers.Authorization))
        {
            // Without a header, the query's token is the one that validated (ReadAsync).
            context.Response.Cookies.Append(CookieName, token, new CookieOptions
            {
                HttpOnly = true,
                Secure = request.IsHttps,
                SameSite = SameSiteMode.Strict,
                Path = PathPrefix,
            });
        }
        var rest = new QueryBuilder(request.Query.Where(p => !string.Equals(p.Key, QueryKey, StringComparison.OrdinalIgnoreCase)));
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Redirect($"{request.PathBase}{request.Path}{rest.ToQueryString()}");
        return Task.CompletedTask;
    }
}
