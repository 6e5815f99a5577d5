using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Keel.Grains.Hosting;

namespace Keel.Api.Hosting;

/// <summary>
/// Stops the Api before anything starts (the co-hosted silo included) when an HTTP address it is told to listen on is
/// taken, naming the address and the setting that chose it. Kestrel would fail only after the silo had started.
/// </summary>
internal sealed class HttpPortCheck(IConfiguration configuration, IServer server) : IHostedLifecycleService
{
    private const string DefaultUrl = "http://localhost:5000";

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        if (server.GetType().Namespace?.StartsWith("Microsoft.AspNetCore.Server.Kestrel", StringComparison.Ordinal) != true)
        {
            return Task.CompletedTask; // an in-memory test server listens on nothing
        }
        foreach (var (setting, url) in Addresses())
        {
            if (Endpoint(url) is { } endpoint && InUse(endpoint))
            {
                throw new KeelStartupException(setting, $"{url} (port {endpoint.Port}) is in use by another process",
                    "choose a free port (ASPNETCORE_URLS=http://127.0.0.1:5080 or --urls), or stop the process that holds it");
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>Where Kestrel listens, and which setting said so: its endpoints, else <c>urls</c> (ASPNETCORE_URLS, --urls), else its default.</summary>
    private IEnumerable<(string Setting, string Url)> Addresses()
    {
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Where(endpoint => endpoint["Url"] is { Length: > 0 })
            .Select(endpoint => ($"Kestrel:Endpoints:{endpoint.Key}:Url", endpoint["Url"]!))
            .ToList();
        if (endpoints.Count > 0)
        {
            return endpoints;
        }
        var urls = configuration[WebHostDefaults.ServerUrlsKey];
        if (string.IsNullOrWhiteSpace(urls) && configuration[WebHostDefaults.HttpPortsKey] is { Length: > 0 } ports)
        {
            return ports.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(port => ("ASPNETCORE_HTTP_PORTS", $"http://*:{port}"));
        }
        return string.IsNullOrWhiteSpace(urls)
            ? [(StartupProblems.HttpSettings, DefaultUrl)]
            : urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(url => (StartupProblems.HttpSettings, url));
    }

    private static IPEndPoint? Endpoint(string url)
    {
        // Kestrel's wildcards (+, *) are not valid URI hosts.
        var parsable = url.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal);
        if (!Uri.TryCreate(parsable, UriKind.Absolute, out var uri) || uri.Port <= 0 || uri.Host.StartsWith("unix", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var address = uri.IsLoopback ? IPAddress.Loopback : IPAddress.TryParse(uri.Host, out var ip) ? ip : IPAddress.Any;
        return new IPEndPoint(address, uri.Port);
    }

    private static bool InUse(IPEndPoint endpoint)
    {
        using var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(endpoint);
            return false;
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return true;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
