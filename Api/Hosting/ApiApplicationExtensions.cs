using Keel.Api.Admin;
using Keel.Api.Documentation;
using Keel.Api.Http;
using Keel.ServiceDefaults;
using Keel.Silo.Hosting;
using Orleans.Dashboard;
using Scalar.AspNetCore;

namespace Keel.Api.Hosting;

public static class ApiApplicationExtensions
{
    public static WebApplication UseKeelApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<JsonMediaTypeMiddleware>();
        return app;
    }

    public static WebApplication MapKeelApi(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference();
        app.MapKeelHealthEndpoints();
        if (app.Configuration.DashboardEnabled(app.Environment))
        {
            app.MapOrleansDashboard(routePrefix: "/dashboard").ExcludeFromDescription();
        }
        var v1 = app.MapGroup("/api/v1").WithEdgeResponses();
        ServiceEndpointsAttribute.MapAll(v1, typeof(ApiApplicationExtensions).Assembly);
        if (app.Configuration.GetValue(KeelSettings.AdminEnabled, app.Environment.IsDevelopment()))
        {
            v1.MapActivationEndpoints();
            if (app.Configuration.ReadStorageMode() == StorageMode.Postgres)
            {
                v1.MapDeadLetterEndpoints();
            }
        }
        return app;
    }
}
