using System.Text.Json.Serialization;
using Keel.Api.Documentation;
using Keel.Api.Edge;
using Keel.Api.Idempotency;
using Keel.Api.Input;
using Keel.Api.Limits;
using Keel.Grains.Interfaces.Wire;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Keel.Api.Hosting;

public static class ApiServiceCollectionExtensions
{
    public static WebApplicationBuilder AddKeelApi(this WebApplicationBuilder builder)
    {
        DevelopmentGuard.Check(builder.Configuration, builder.Environment);
        // Pages built by other projects (the browser build of Domain) are static web assets: a published Api holds them in
        // wwwroot, a built one finds them through its manifest beside the dll, in every environment (Development does it anyway).
        if (!builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
        }
        builder.Services.AddKeelApi(builder.Configuration, builder.Environment);
        return builder;
    }

    public static IServiceCollection AddKeelApi(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.ConfigureHttpJsonOptions(options => ConfigureJson(options));
        // Bad request bodies throw, so one handler can answer them with problem details naming the field.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemEnricher.Enrich);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IProblemDetailsWriter, ProblemJsonWriter>());
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<ClusterUnavailableExceptionHandler>();
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<KeelDocumentTransformer>();
            options.AddDocumentTransformer<SecurityTransformer>();
            options.AddOperationTransformer<SecurityTransformer>();
            options.AddSchemaTransformer<ProblemSchemaTransformer>();
            options.AddKeelEdgeDocumentation();
        });
        services.AddHealthChecks().AddCheck<SiloHealthCheck>("silo");
        services.AddKeelAuth(configuration, environment);
        services.AddKeelTrustedProxies(configuration);
        services.AddKeelAllowedHosts();
        services.AddKeelLimits(configuration);
        services.AddKeelIdempotency(configuration);
        services.TryAddSingleton<AggregateReads>();
        return services;
    }

    private static void ConfigureJson(JsonOptions options)
    {
        var json = options.SerializerOptions;
        // Strict JSON, as the OpenAPI document describes it: exact property names, each at most once, nothing else.
        json.PropertyNameCaseInsensitive = false;
        json.AllowDuplicateProperties = false;
        json.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        json.NumberHandling = JsonNumberHandling.Strict;
        // Enums are their documented names only: no numbers, no numeric strings, no other case.
        json.Converters.Add(new StrictEnumConverter());
        json.Converters.Add(new ValueJsonConverter());
        options.ParseDomainValues();
    }
}
