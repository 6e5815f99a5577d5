using Aspire.Hosting.Orleans;

namespace Keel.AppHost;

public static class KeelSystemExtensions
{
    /// <summary>
    /// Keel's local system. Cluster: PostgreSQL, one silo per service role and an Api joined as an Orleans client.
    /// Single: one Api hosting its own silo, in memory or on PostgreSQL.
    /// </summary>
    internal static IDistributedApplicationBuilder AddKeelSystem(this IDistributedApplicationBuilder builder,
        AppHostOptions options, string repositoryRoot)
    {
        var database = options.UsePostgres ? builder.AddKeelPostgres(options, repositoryRoot) : null;
        if (options.Topology == Topology.Single)
        {
            var api = builder.AddKeelApi(AppHostSettings.CoHostedApi(options.UsePostgres));
            if (database is not null)
            {
                api.WithKeelDatabase(database);
            }
            return builder;
        }

        var orleans = builder.AddKeelOrleans();
        foreach (var role in AppHostSettings.SiloRoles)
        {
            builder.AddKeelSilo(role, orleans, database!);
        }
        // The client Api starts alongside the silos: it keeps reaching for a gateway, and /health is 503 until one answers.
        builder.AddKeelApi(AppHostSettings.ClientApi).WithReference(orleans.AsClient()).WithKeelDatabase(database!);
        return builder;
    }

    /// <summary>
    /// The Orleans service of Aspire.Hosting.Orleans: cluster and service ids, silo and gateway endpoints, and the
    /// silo/client relationships. Clustering is Keel's own (<see cref="KeelClustering"/>).
    /// </summary>
    private static OrleansService AddKeelOrleans(this IDistributedApplicationBuilder builder)
    {
        var orleans = builder.AddOrleans("orleans")
            .WithClusterId(AppHostSettings.ClusterId)
            .WithServiceId(AppHostSettings.ServiceId)
            .WithClustering(new KeelClustering());
        // Keel adds Orleans' activity propagation itself; Orleans__EnableDistributedTracing would add it a second time,
        // and every grain call would then be recorded twice.
        orleans.EnableDistributedTracing = false;
        return orleans;
    }
}
