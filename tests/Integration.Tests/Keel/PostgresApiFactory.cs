using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Keel.Grains.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Keel.Integration.Tests;

/// <summary>The co-hosted Api on PostgreSQL. Two factories on one database with one service id are the same deployment, restarted.</summary>
public sealed class PostgresApiFactory(
    string connectionString, string mailDirectory, Action<IServiceCollection>? services = null,
    IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting(KeelSettings.Storage, "Postgres");
        builder.UseSetting(KeelSettings.PostgresConnectionString, connectionString);
        builder.UseSetting(KeelSettings.ServiceId, "keel-integration");
        builder.UseSetting(KeelSettings.SiloPort, FreePort());
        builder.UseSetting(KeelSettings.GatewayPort, FreePort());
        builder.UseSetting("Keel:Mail:PickupDirectory", mailDirectory);
        foreach (var (key, value) in TestAuth.ApiSettings)
        {
            builder.UseSetting(key, value);
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    /// <summary>Clients act as an admin unless a test says otherwise.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.AsAdmin();
    }

    public static string FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
    }
}
