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
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        if (server.GetType().Namespace?.StartsWith("Microsoft.AspNetCore.Server.Kestrel", StringComparison.Ordinal) != true)
        {
            return Task.CompletedTask; // an in-memory test server listens on nothing
        }
        foreach (var (setting, url) in HttpListeners.Read(configuration))
        {
            if (Endpoint(url) is { } endpoint && InUse(endpoint))
            {
                throw new KeelStartupException(setting, $"{url} (port {endpoint.Port}) is in use by another process",
                    "choose a free port (ASPNETCORE_URLS=http://127.0.0.1:5080 or --urls), or stop the process that holds it");
            }
        }
        return Task.CompletedTask;
    }

    private static IPEndPoint? Endpoint(string url)
    {
        if (HttpListeners.Parse(url) is not { } uri)
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
