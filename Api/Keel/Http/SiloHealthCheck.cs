using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Keel.Api.Http;

/// <summary>Ready when at least one silo of the cluster answers as active.</summary>
internal sealed class SiloHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true, cancellationToken)
                .WaitAsync(TimeSpan.FromSeconds(3), cancellationToken);
            return hosts.Count > 0
                ? HealthCheckResult.Healthy($"{hosts.Count} active silo(s).")
                : HealthCheckResult.Unhealthy("No active silo.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // No exception: the health check service would log its stack trace at every probe of an outage.
            return HealthCheckResult.Unhealthy($"The cluster did not answer ({ex.GetType().Name}).");
        }
    }
}
