using Orleans.Runtime.Messaging;

namespace Keel.Silo.Hosting;

/// <summary>What a client sees when the cluster does not answer: no gateway, a lost connection, a call timed out.</summary>
public static class ClusterFailures
{
    public static bool IsOutage(Exception exception) =>
        exception is SiloUnavailableException or ConnectionFailedException or OrleansMessageRejectionException
            or GatewayTooBusyException or TimeoutException;
}
