using Aspire.Hosting.Orleans;
using Keel.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Keel.AppHost;

public static class KeelResourceExtensions
{
    /// <summary>Orleans' endpoint names on a silo that references an Orleans service (Aspire.Hosting.Orleans).</summary>
    private const string SiloEndpoint = "orleans-silo";
    private const string GatewayEndpoint = "orleans-gateway";

    /// <summary>
    /// A <c>Silo</c> process hosting <paramref name="services"/>. Aspire.Hosting.Orleans gives it its silo and gateway
    /// endpoints (free ports, shown in the dashboard) and the cluster and service ids; Keel's settings carry those
    /// ports, the storage and the role. It is healthy once its gateway accepts connections.
    /// </summary>
    internal static IResourceBuilder<ProjectResource> AddKeelSilo(this IDistributedApplicationBuilder builder,
        string services, OrleansService orleans, IResourceBuilder<IResourceWithConnectionString> database)
    {
        var silo = builder.AddProject<Projects.Silo>($"silo-{services.Replace(',', '-')}")
            .WithReference(orleans)
            .WithKeelSettings(AppHostSettings.Silo(services))
            .WithKeelDatabase(database);
        silo.WithEnvironment(AppHostSettings.SiloPortVariable, silo.GetEndpoint(SiloEndpoint).Property(EndpointProperty.TargetPort))
            .WithEnvironment(AppHostSettings.GatewayPortVariable, silo.GetEndpoint(GatewayEndpoint).Property(EndpointProperty.TargetPort));
        var healthCheck = $"{silo.Resource.Name}-gateway";
        var gateway = silo.GetEndpoint(GatewayEndpoint);
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            healthCheck, _ => new TcpHealthCheck(gateway), failureStatus: null, tags: null));
        return silo.WithHealthCheck(healthCheck);
    }

    /// <summary>The Api, with its health, its API reference and the Orleans dashboard linked from the resource.</summary>
    internal static IResourceBuilder<ProjectResource> AddKeelApi(this IDistributedApplicationBuilder builder,
        IReadOnlyDictionary<string, string> settings) =>
        builder.AddProject<Projects.Api>("api")
            .WithKeelSettings(settings)
            .WithHttpHealthCheck(ServiceDefaultsPaths.Health)
            .WithUrlForEndpoint("http", url => url.DisplayText = "API")
            .WithUrlForEndpoint("http", _ => new ResourceUrlAnnotation { Url = "/scalar", DisplayText = "API reference (Scalar)" })
            .WithUrlForEndpoint("http", _ => new ResourceUrlAnnotation { Url = "/dashboard", DisplayText = "Orleans dashboard" })
            .WithUrlForEndpoint("http", _ => new ResourceUrlAnnotation { Url = ServiceDefaultsPaths.Health, DisplayText = "Health" });

    internal static IResourceBuilder<ProjectResource> WithKeelDatabase(this IResourceBuilder<ProjectResource> project,
        IResourceBuilder<IResourceWithConnectionString> database) =>
        project.WithReference(database, KeelSettings.PostgresConnectionName).WaitFor(database);

    private static IResourceBuilder<ProjectResource> WithKeelSettings(this IResourceBuilder<ProjectResource> project,
        IReadOnlyDictionary<string, string> settings)
    {
        foreach (var (name, value) in settings)
        {
            project.WithEnvironment(name, value);
        }
        return project;
    }
}
