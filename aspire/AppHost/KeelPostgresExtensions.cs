using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Keel.AppHost;

public static class KeelPostgresExtensions
{
    private const string ResourceName = "postgres";

    /// <summary>
    /// Keel's database: Aspire's PostgreSQL container where a container runtime answers, the machine's PostgreSQL
    /// binaries as an executable resource otherwise (without a runtime, a container resource would wait forever).
    /// Data is kept between runs (a volume, or a folder) unless <c>--keep-data false</c>.
    /// </summary>
    internal static IResourceBuilder<IResourceWithConnectionString> AddKeelPostgres(
        this IDistributedApplicationBuilder builder, AppHostOptions options, string repositoryRoot)
    {
        var useContainer = options.PostgresRuntime switch
        {
            PostgresRuntime.Container => true,
            PostgresRuntime.Local => false,
            _ => ContainerRuntime.IsAvailable(builder.Configuration["ASPIRE_CONTAINER_RUNTIME"]),
        };
        if (useContainer)
        {
            var server = builder.AddPostgres(ResourceName);
            if (options.KeepData)
            {
                server.WithDataVolume("keel-postgres-data");
            }
            return server.AddDatabase(AppHostSettings.DatabaseResource);
        }
        return builder.AddLocalPostgres(options, repositoryRoot);
    }

    private static IResourceBuilder<LocalPostgresResource> AddLocalPostgres(
        this IDistributedApplicationBuilder builder, AppHostOptions options, string repositoryRoot)
    {
        var resource = new LocalPostgresResource(ResourceName, "bash", repositoryRoot, AppHostSettings.DatabaseResource);
        var healthCheck = $"{ResourceName}-accepts-queries";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            healthCheck, _ => new PostgresHealthCheck(resource), failureStatus: null, tags: null));
        var dataDirectory = options.KeepData
            ? options.PostgresDataDirectory
            : Path.Combine(Path.GetTempPath(), $"keel-apphost-pg-{Guid.NewGuid():N}");
        return builder.AddResource(resource)
            // No fixed port: the orchestrator picks a free one each run and the connection string follows it.
            .WithEndpoint(name: LocalPostgresResource.EndpointName, scheme: "tcp", isProxied: false)
            .WithArgs(context =>
            {
                context.Args.Add(Path.Combine(repositoryRoot, "scripts", "postgres.sh"));
                context.Args.Add("serve");
                context.Args.Add(dataDirectory);
                context.Args.Add(resource.Endpoint.Property(EndpointProperty.TargetPort));
                context.Args.Add(resource.DatabaseName);
                if (!options.KeepData)
                {
                    context.Args.Add("--ephemeral");
                }
            })
            .WithHealthCheck(healthCheck);
    }
}
