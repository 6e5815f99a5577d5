namespace Keel.Api.Edge;

/// <summary>
/// The headers every response carries, pages, API reference, dashboard and errors alike: <c>X-Content-Type-Options:
/// nosniff</c>, <c>Referrer-Policy: no-referrer</c> (a page's address may hold a token), <c>X-Frame-Options: DENY</c> and a
/// <c>Content-Security-Policy</c> with <c>frame-ancestors 'none'</c>; over HTTPS (directly or through a trusted proxy)
/// <c>Strict-Transport-Security</c>. The policy is as narrow as each kind of response allows: nothing at all for JSON and
/// problems; for the services' pages (<c>wwwroot</c>) their own files and exactly their inline scripts (by hash); for
/// the Scalar reference and the Orleans dashboard, whose pages are generated with inline scripts, this origin only. A
/// page that runs .NET in the browser (it loads Blazor WebAssembly's <c>_framework/blazor.webassembly.js</c>) may also
/// compile WebAssembly (<c>'wasm-unsafe-eval'</c>) and name its own folder as its base (<c>base-uri 'self'</c>), that
/// page's folder only.
/// </summary>
public static class SecurityHeaders
{
    public const string StrictTransportSecurity = "max-age=31536000";

    private const string Api = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private const string Generated = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseKeelSecurityHeaders(this IApplicationBuilder app, IWebHostEnvironment environment)
    {
        var pages = PagePolicies.Of(environment.WebRootFileProvider);
        return app.Use((context, next) =>
        {
            // At the start of the response, so an error page that cleared the headers still gets them.
            context.Response.OnStarting(() =>
            {
                Apply(context, pages);
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    private static void Apply(HttpContext context, PagePolicies pages)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        var path = context.Request.Path;
        headers.ContentSecurityPolicy =
            path.StartsWithSegments("/scalar") || path.StartsWithSegments(Auth.DashboardToken.PathPrefix) ? Generated
            : context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true ? pages.For(path)
            : Api;
        if (context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = StrictTransportSecurity;
        }
    }
}
