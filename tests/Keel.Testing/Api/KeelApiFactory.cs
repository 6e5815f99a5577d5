using System.Net;
using System.Net.Sockets;
using Keel.Grains.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Keel.Testing;

/// <summary>The co-hosted Api (HTTP + silo) in memory mode, on ports of its own, with a private mail pickup folder and the admin endpoints.</summary>
public class KeelApiFactory : WebApplicationFactory<Program>
{
    public DirectoryInfo MailDirectory { get; } = Directory.CreateTempSubdirectory("keel-api-mail-");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting(KeelSettings.SiloPort, FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting(KeelSettings.GatewayPort, FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Keel:Mail:PickupDirectory", MailDirectory.FullName);
        // The admin endpoints too, so the OpenAPI document (and the fuzzer reading it) covers them.
        builder.UseSetting(KeelSettings.AdminEnabled, "true");
        foreach (var (key, value) in TestAuth.ApiSettings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Clients act as an admin unless a test says otherwise (<c>http.As(null)</c>, <c>http.As(token)</c>).</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.AsAdmin();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        MailDirectory.Delete(recursive: true);
        GC.SuppressFinalize(this);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
