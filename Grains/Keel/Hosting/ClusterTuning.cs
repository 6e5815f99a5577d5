using Orleans.Configuration;

namespace Keel.Grains.Hosting;

/// <summary>
/// Failure detection and call time-outs for clusters. Orleans' defaults (5 s probes, 3 misses, 30 s calls) take
/// 15-30 s to declare a dead silo; a killed silo should be replaced within seconds:
/// a silo missing 2 probes of 2 s is suspected, one vote (of the (n+1)/2 Orleans requires) declares it dead,
/// and calls give up after 10 s instead of 30 s. Clients refresh their gateway list every 5 s.
/// </summary>
public static class ClusterTuning
{
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);
    public const int MissedProbesLimit = 2;
    public static readonly TimeSpan IAmAlivePublish = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan TableRefresh = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan GatewayListRefresh = TimeSpan.FromSeconds(5);

    public static void Apply(ClusterMembershipOptions options)
    {
        options.ProbeTimeout = ProbeTimeout;
        options.NumMissedProbesLimit = MissedProbesLimit;
        options.IAmAliveTablePublishTimeout = IAmAlivePublish;
        options.TableRefreshTimeout = TableRefresh;
    }
}
