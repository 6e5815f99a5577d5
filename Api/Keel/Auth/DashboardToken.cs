using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Keel.Api.Auth;

/// <summary>
/// Tokens a browser cannot put in a header: an endpoint marked <see cref="AcceptsTokenInQueryAttribute"/> reads
/// <c>?access_token=</c>; the dashboard takes the token once in the address (<c>/dashboard?access_token=...</c>) and
/// keeps it in an HTTP-only cookie limited to <c>/dashboard</c>, for the page's own requests.
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

    public static Task RememberAsync(TokenValidatedContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments(PathPrefix) && request.Query[QueryKey].FirstOrDefault() is { Length: > 0 } token)
        {
            context.Response.Cookies.Append(CookieName, token, new CookieOptions
            {
                HttpOnly = true,
                Secure = request.IsHttps,
                SameSite = SameSiteMode.Strict,
                Path = PathPrefix,
            });
        }
        return Task.CompletedTask;
    }
}
