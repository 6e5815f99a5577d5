using Keel.Api.Hosting;
using Keel.ServiceDefaults;
using Keel.Grains.Hosting;

if (TokenCommand.IsRequested(args))
{
    return TokenCommand.Run(args);
}

return KeelHost.Run(args, () =>
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = KeelHost.ContentRoot(args) });
    builder.AddKeelServiceDefaults();
    builder.AddKeelOrleans();
    builder.AddKeelApi();

    var app = builder.Build();
    app.UseKeelApi();
    app.MapKeelApi();
    return app;
});

/// <summary>The Api's entry point; public so tests can host it.</summary>
public partial class Program;
