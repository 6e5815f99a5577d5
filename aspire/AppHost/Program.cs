using Keel.AppHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

var builder = DistributedApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, AppHostOptions.Switches);
var repositoryRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", ".."));
// Every failed probe while a resource starts would be an error line here; the dashboard shows health per resource.
builder.Services.AddLogging(logging => logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.Critical));

builder.AddKeelSystem(AppHostOptions.Read(builder.Configuration, repositoryRoot), repositoryRoot);
builder.Build().Run();
