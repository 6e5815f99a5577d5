using Orleans.Configuration;

namespace Keel.Grains.Hosting;

/// <summary>Pulling-agent settings shared by Keel's two event bridges (memory and PostgreSQL).</summary>
internal static class StreamTuning
{
    /// <summary>
    /// How long a pulling agent keeps a quiet stream's consumer data. Orleans' default is 30 minutes, and on every
    /// queue read the agent scans all the streams it keeps. Keel keys a stream per aggregate, so most streams see one
    /// event: with the default, the agent held every stream of the last half hour, the scan took 13 % of a loaded
    /// silo's CPU (perf, BENCHMARKS.md) and grew with every user. A stream whose consumer still has events in flight
    /// is never dropped; one that gets a new event later is registered again, which costs nothing with implicit
    /// subscriptions only.
    /// </summary>
    public static readonly TimeSpan StreamInactivityPeriod = TimeSpan.FromSeconds(2);

    public static void Apply(StreamPullingAgentOptions options, TimeSpan pollPeriod)
    {
        options.GetQueueMsgsTimerPeriod = pollPeriod;
        options.StreamInactivityPeriod = StreamInactivityPeriod;
    }
}
