using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Keel.ServiceDefaults;

/// <summary>Telemetry and health defaults that every Keel process (Api and Silo) applies.</summary>
public static class ServiceDefaultsExtensions
{
    public const string LiveTag = "live";
    public const string AlivePath = "/alive";
    public const string HealthPath = "/health";

    public static TBuilder AddKeelServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        var runtimeSpans = builder.Configuration.GetValue<bool>(TelemetryNames.OrleansRuntimeSpansSetting);
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var recordSpans = builder.Configuration.GetValue<bool?>(TelemetryNames.TracesSetting) ?? otlp;
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => AddServiceIdentity(resource, builder.Configuration, builder.Environment))
            .WithTracing(tracing =>
            {
                // First, so that no exporter (OTLP below, or one added later in code) sees a span before its redaction.
                tracing.AddProcessor(new RedactingActivityProcessor());
                tracing.AddSource(TelemetryNames.Keel, TelemetryNames.OrleansApplication);
                if (runtimeSpans)
                {
                    tracing.AddSource(TelemetryNames.OrleansRuntime);
                }
                tracing.AddAspNetCoreInstrumentation(options => options.Filter = context => !IsProbe(context.Request.Path));
                if (!recordSpans)
                {
                    // Nothing would receive them. Logs keep the trace and span ids of the request's own activity.
                    tracing.SetSampler(new AlwaysOffSampler());
                }
            })
            .WithMetrics(metrics => metrics
                .AddMeter(TelemetryNames.Keel, TelemetryNames.OrleansMeter)
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation());
        // Export only where an OTLP endpoint is configured (OTEL_EXPORTER_OTLP_ENDPOINT / _PROTOCOL, the standard variables).
        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }

        builder.Services.AddHealthChecks().AddCheck("process", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    /// <summary><c>/alive</c>: the process answers. <c>/health</c>: ready; 503 with a short JSON reason when not.</summary>
    public static WebApplication MapKeelHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(AlivePath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(LiveTag),
            ResponseWriter = HealthResponse.WriteAsync,
        }).ExcludeFromDescription();
        app.MapHealthChecks(HealthPath, new HealthCheckOptions
        {
            Predicate = check => !check.Tags.Contains(LiveTag),
            ResponseWriter = HealthResponse.WriteAsync,
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// The service's name and instance id: those a supervisor set with the standard variables (Aspire sets
    /// <c>OTEL_SERVICE_NAME</c> and <c>service.instance.id</c> in <c>OTEL_RESOURCE_ATTRIBUTES</c>, so the dashboard links
    /// telemetry to its resource; the SDK reads both), otherwise the application's name and a new instance id.
    /// </summary>
    private static void AddServiceIdentity(ResourceBuilder resource, IConfiguration configuration, IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(configuration["OTEL_SERVICE_NAME"]))
        {
            return;
        }
        var attributes = configuration["OTEL_RESOURCE_ATTRIBUTES"] ?? "";
        resource.AddService(environment.ApplicationName,
            autoGenerateServiceInstanceId: !attributes.Contains("service.instance.id=", StringComparison.Ordinal));
    }

    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments(AlivePath) || path.StartsWithSegments(HealthPath);
}
