using Keel.AppHost;

var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddPostgres("postgres").WithDataVolume();
var database = postgres.AddDatabase(AppHostSettings.DatabaseResource);

builder.AddProject<Projects.Api>("api")
    .WithReference(database, Keel.Silo.Hosting.KeelSettings.PostgresConnectionName)
    .WithEnvironment(context =>
    {
        foreach (var (name, value) in AppHostSettings.CoHostedApi)
        {
            context.EnvironmentVariables[name] = value;
        }
    })
    .WaitFor(database)
    .WithHttpHealthCheck("/health");

builder.Build().Run();
