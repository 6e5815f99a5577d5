using Microsoft.Extensions.Logging;

namespace Keel.Architecture.Tests.Samples.ImpureDomain;

/// <summary>A bad Domain type: it logs and calls a grain. Only the clock is fine (TimeProvider is the base class library's).</summary>
public sealed class ImpureDecider(ILogger<ImpureDecider> log)
{
    public Task<SiloAddress[]> DecideAsync(IGrainFactory grains)
    {
        log.LogInformation("deciding");
        return grains.GetGrain<IManagementGrain>(0).GetHosts().ContinueWith(hosts => hosts.Result.Keys.ToArray(), TaskScheduler.Default);
    }

    public static DateTimeOffset Now(TimeProvider time) => time.GetUtcNow();
}
