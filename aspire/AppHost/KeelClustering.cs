using Aspire.Hosting.Orleans;

namespace Keel.AppHost;

/// <summary>
/// Cluster membership as Keel does it: ADO.NET clustering on Keel's own PostgreSQL schema, configured in code from
/// Keel's settings (<c>Keel:Storage=Postgres</c> and <c>ConnectionStrings:Postgres</c>, which every process gets
/// from its database reference). Aspire.Hosting.Orleans requires a clustering provider before a project may reference
/// the Orleans service; its own providers inject <c>Orleans__Clustering__*</c>, from which Orleans would register a
/// second membership provider beside Keel's. This one adds nothing to the processes.
/// </summary>
internal sealed class KeelClustering : IProviderConfiguration
{
    public void ConfigureResource<T>(IResourceBuilder<T> resourceBuilder, string configSectionPath)
        where T : IResourceWithEnvironment
    {
    }
}
