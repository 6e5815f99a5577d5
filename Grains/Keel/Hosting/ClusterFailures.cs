using Orleans.Networking.Shared;
using Orleans.Runtime.Messaging;

namespace Keel.Grains.Hosting;

/// <summary>What a client sees when the cluster does not answer: no gateway, a lost connection, a call timed out.</summary>
public static class ClusterFailures
{
    /// <summary>
    /// A client's gateway and connection managers warn about nothing but unreachable gateways (several times a second
    /// while no silo answers), its callbacks about nothing but calls the cluster did not answer in time.
    /// </summary>
    public static IReadOnlyList<string> WarningCategories { get; } =
    [
        "Orleans.Messaging.GatewayManager", "Orleans.Runtime.Messaging.ConnectionManager", "Orleans.Runtime.Messaging.Connection",
        "Orleans.Runtime.CallbackData",
    ];

    public static bool IsOutage(Exception exception) =>
        exception is SiloUnavailableException or ConnectionFailedException or OrleansMessageRejectionException
            or GatewayTooBusyException or SocketConnectionException or TimeoutException;
}
