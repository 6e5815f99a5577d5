using System.Net;
using System.Net.Sockets;

namespace Keel.Grains.Hosting;

/// <summary>
/// Stops a silo at start when its silo or gateway port is taken, naming the port and the setting that chose it
/// (Orleans' own bind error names neither).
/// </summary>
internal sealed class PortCheck(IPAddress address, int siloPort, int gatewayPort) : ILifecycleParticipant<ISiloLifecycle>
{
    public static void Add(IServiceCollection services, IPAddress address, int siloPort, int gatewayPort) =>
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(new PortCheck(address, siloPort, gatewayPort));

    public void Participate(ISiloLifecycle lifecycle) => lifecycle.Subscribe(nameof(PortCheck), ServiceLifecycleStage.First, _ =>
    {
        EnsureFree(KeelSettings.SiloPort, siloPort);
        EnsureFree(KeelSettings.GatewayPort, gatewayPort);
        return Task.CompletedTask;
    });

    private void EnsureFree(string setting, int port)
    {
        using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(new IPEndPoint(address, port));
        }
        catch (SocketException ex) when (ex.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied)
        {
            var problem = ex.SocketErrorCode == SocketError.AccessDenied
                ? $"port {port} on {address} may not be used by this process"
                : $"port {port} on {address} is in use by another process";
            throw new KeelStartupException(setting, problem, "choose a free port, or stop the process that holds it", ex);
        }
    }
}
