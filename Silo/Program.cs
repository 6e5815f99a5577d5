using Keel.ServiceDefaults;
using Keel.Grains.Hosting;
using Microsoft.Extensions.Hosting;

namespace Keel.Silo;

/// <summary>A cluster node: a silo without HTTP. (A named class, so it is never confused with the Api's Program.)</summary>
internal static class SiloProgram
{
    public static int Main(string[] args) => KeelHost.Run(args, () =>
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = KeelHost.ContentRoot(args) });
        builder.AddKeelServiceDefaults();
        builder.UseOrleans(silo => silo.AddKeel(builder.Configuration, builder.Environment));
        return builder.Build();
    });
}
