using Keel.AppHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

var builder = DistributedApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, AppHostOptions.Switches);
var repositoryRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", ".."));
var options = AppHostOptions.Read(builder.Configuration, repositoryRoot);
// Every failed probe while a resource starts would be an error line here; the dashboard shows health per resource.
builder.Services.AddLogging(logging => logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.Critical));

var database = options.UsePostgres ? builder.AddKeelPostgres(options, repositoryRoot) : null;
if (options.Topology == Topology.Cluster)
{
    var orleans = builder.AddOrleans("orleans")
        .WithClusterId(AppHostSettings.ClusterId)
        .WithServiceId(AppHostSettings.ServiceId)
        .WithClustering(new KeelClustering());
    // Keel adds Orleans' activity propagation itself; Orleans__EnableDistributedTracing would add it a second time,
    // and every grain call would then be recorded twice.
    orleans.EnableDistributedTracing = false;
    foreach (var role in AppHostSettings.SiloRoles)
    {
        builder.AddKeelSilo(role, orleans, database!);
    }
    // The client Api starts alongside the silos: it keeps reaching for a gateway, and /health is 503 until one answers.
    builder.AddKeelApi(AppHostSettings.ClientApi).WithReference(orleans.AsClient()).WithKeelDatabase(database!);
}
else
{
    var api = builder.AddKeelApi(AppHostSettings.CoHostedApi(options.UsePostgres));
    if (database is not null)
    {
        api.WithKeelDatabase(database);
    }
}

builder.Build().Run();
