using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Keel.AppHost;

/// <summary>
/// A silo has no HTTP: it is healthy once its Orleans gateway accepts connections, which Orleans opens only when the
/// silo has joined the cluster and is active.
/// </summary>
internal sealed class TcpHealthCheck(EndpointReference endpoint) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!endpoint.IsAllocated)
        {
            return HealthCheckResult.Unhealthy("no port yet");
        }
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", endpoint.TargetPort ?? endpoint.Port, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (SocketException ex)
        {
            return HealthCheckResult.Unhealthy($"gateway port {endpoint.Port}: {ex.SocketErrorCode}");
        }
    }
}
