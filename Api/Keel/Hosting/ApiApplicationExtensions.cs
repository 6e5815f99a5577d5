using Keel.Api.Admin;
using Keel.Api.Documentation;
using Keel.Api.Edge;
using Keel.Api.Idempotency;
using Keel.Api.Input;
using Keel.ServiceDefaults;
using Keel.Grains.Hosting;
using Orleans.Dashboard;
using Scalar.AspNetCore;

namespace Keel.Api.Hosting;

public static class ApiApplicationExtensions
{
    public static WebApplication UseKeelApi(this WebApplication app)
    {
        app.UseKeelSecurityHeaders(app.Environment);
        app.UseKeelTrustedProxies(app.Configuration);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseKeelAllowedHosts(app.Configuration);
        app.UseKeelWebSocketOrigins(app.Configuration);
        // Services' web pages (wwwroot/<service>/): public files, served before authentication.
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        // Before anything that answers a caller (401, 403, the dashboard): every request counts, refused ones too.
        app.UseRateLimiter();
        app.Use(TokenRules.RefuseInvalidAsync);
        if (app.Configuration.DashboardEnabled(app.Environment))
        {
            app.Use(DashboardToken.TradeQueryTokenAsync);
        }
        app.UseAuthorization();
        app.UseMiddleware<JsonMediaTypeMiddleware>();
        app.UseKeelActor();
        app.UseMiddleware<IdempotencyMiddleware>();
        app.UseKeelInput();
        app.UseKeelCachedDocument();
        return app;
    }

    public static WebApplication MapKeelApi(this WebApplication app)
    {
        app.MapOpenApi();
        // Scalar's default fonts come from its CDN; the security policy lets the page load from this origin only.
        app.MapScalarApiReference(options => options.DisableDefaultFonts());
        app.MapKeelHealthEndpoints();
        if (app.Configuration.DashboardEnabled(app.Environment))
        {
            app.MapOrleansDashboard(routePrefix: DashboardToken.PathPrefix).ExcludeFromDescription().RequireAuthorization(KeelAuth.AdminPolicy);
        }
        // Secure by default: every service endpoint needs an authenticated caller unless it opts out (AllowAnonymous).
        var v1 = app.MapGroup("/api/v1").RequireAuthorization().WithEdgeResponses().ParsesInput();
        ServiceEndpointsAttribute.MapAll(v1, typeof(ApiApplicationExtensions).Assembly);
        if (app.Configuration.GetValue(KeelSettings.AdminEnabled, app.Environment.IsDevelopment()))
        {
            var admin = v1.MapGroup(string.Empty).RequireAuthorization(KeelAuth.AdminPolicy);
            admin.MapActivationEndpoints();
            admin.MapProjectionEndpoints();
            if (app.Configuration.ReadStorageMode() == StorageMode.Postgres)
            {
                admin.MapDeadLetterEndpoints();
            }
        }
        return app;
    }
}
