using Keel.Grains.Hosting;
using Keel.Grains.Postgres;
using Keel.Grains.Postgres.EventLog;
using Orleans.Dashboard;

namespace Keel.Api.Hosting;

public static class OrleansHostingExtensions
{
    /// <summary>
    /// <c>Keel:Mode=CoHosted</c> (default): this process hosts a silo. <c>Client</c>: it joins the cluster as a client,
    /// starting HTTP at once so <c>/health</c> can say "not ready" until a gateway answers.
    /// </summary>
    public static WebApplicationBuilder AddKeelOrleans(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddHostedService<HttpPortCheck>();
        if (configuration.ReadApiMode() == ApiMode.Client)
        {
            builder.UseOrleansClient(client =>
            {
                client.UseKeelCluster(configuration);
                if (configuration.DashboardEnabled(builder.Environment))
                {
                    client.AddDashboard();
                }
            });
            builder.Services.AddKeelPostgresAccess(PostgresConnection.Resolve(configuration));
            builder.Services.Configure<HostOptions>(options => options.ServicesStartConcurrently = true);
        }
        else
        {
            builder.UseOrleans(silo => silo.AddKeel(configuration, builder.Environment));
        }
        if (configuration.ReadStorageMode() == StorageMode.Postgres)
        {
            // Watched streams hear appends of every process; a client Api reads the log itself.
            builder.Services.AddKeelPostgresWatching();
        }
        builder.Services.AddKeelRealtime(configuration);
        return builder;
    }
}
