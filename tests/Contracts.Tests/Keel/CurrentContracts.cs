using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text.Json;
using Keel.Contracts.Tests.Snapshot;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Keel.Contracts.Tests;

/// <summary>The contracts of the code as built: Keel's assemblies by reflection, and the OpenAPI document the Api serves.</summary>
public static class CurrentContracts
{
    public static async Task<ContractSnapshot> ReadAsync()
    {
        await using var api = new DocumentHost();
        using var http = api.CreateClient();
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        return new ContractSnapshot([.. WireContracts.Read(KeelAssemblies()), .. OpenApiContracts.Read(document.RootElement)]);
    }

    /// <summary>The Api and every Keel assembly it references, directly or not.</summary>
    public static IReadOnlyList<Assembly> KeelAssemblies()
    {
        var found = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([typeof(Program).Assembly]);
        while (pending.TryPop(out var assembly))
        {
            if (!found.TryAdd(assembly.GetName().Name!, assembly))
            {
                continue;
            }
            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => r.Name!.StartsWith("Keel.", StringComparison.Ordinal)))
            {
                pending.Push(Assembly.Load(reference));
            }
        }
        return [.. found.Values.OrderBy(a => a.GetName().Name, StringComparer.Ordinal)];
    }

    /// <summary>The co-hosted Api as a client's document shows it: Production, with the operator endpoints.</summary>
    private sealed class DocumentHost : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Keel:SiloPort", FreePort());
            builder.UseSetting("Keel:GatewayPort", FreePort());
            builder.UseSetting("Keel:Admin:Enabled", "true");
            foreach (var (key, value) in TestAuth.ApiSettings)
            {
                builder.UseSetting(key, value);
            }
        }

        private static string FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
