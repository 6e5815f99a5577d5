using Keel.Grains.Interfaces.Wire;
using Orleans.Serialization;
using Keel.Grains.Diagnostics;
using Keel.Grains.Postgres;
using Keel.Grains.Tls;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;

namespace Keel.Grains.Hosting;

/// <summary>
/// Composes the Api as an Orleans client of a Keel cluster (membership in PostgreSQL); with <c>Keel:Tls:Certificate</c>,
/// over mutual TLS, as the silos are.
/// </summary>
public static class KeelClientBuilderExtensions
{
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);

    public static IClientBuilder UseKeelCluster(this IClientBuilder client, IConfiguration configuration)
    {
        if (configuration.ReadStorageMode() != StorageMode.Postgres)
        {
            throw new KeelStartupException(
                KeelSettings.Mode, "Client needs a cluster to join, and a cluster keeps its membership in PostgreSQL",
                $"set {KeelSettings.Storage}=Postgres and {KeelSettings.PostgresConnectionString}, or {KeelSettings.Mode}=CoHosted");
        }
        if (TlsCredentials.Read(configuration, silo: false) is { } tls)
        {
            client.UseKeelTls(tls);
        }
        client.Services.AddKeelFailureReporting(configuration);
        client.AddKeelWire();
        client.Services.AddDependencyOutage("The cluster", ClusterFailures.IsOutage, services => async cancellationToken =>
            await services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true, cancellationToken),
            warningCategories: ClusterFailures.WarningCategories);
        client.Configure<ClusterOptions>(configuration.ApplyClusterIds);
        client.UseAdoNetClustering(options =>
        {
            options.Invariant = PostgresConnection.Invariant;
            options.ConnectionString = PostgresConnection.Resolve(configuration);
        });
        client.Configure<GatewayOptions>(options => options.GatewayListRefreshPeriod = ClusterTuning.GatewayListRefresh);
        client.Configure<ClientMessagingOptions>(options => options.ResponseTimeout = ClusterTuning.CallTimeout);
        client.AddActivityPropagation();
        // No silo yet is not fatal: keep trying; /health says not-ready meanwhile.
        client.UseConnectionRetryFilter(async (exception, cancellationToken) =>
        {
            await Task.Delay(ReconnectDelay, cancellationToken);
            return true;
        });
        return client;
    }

    /// <summary>What every process that talks to Keel's grains needs: Domain's values on the wire, grain identities remembered.</summary>
    public static IClientBuilder AddKeelWire(this IClientBuilder client)
    {
        client.Services.AddSerializer(serializer => serializer.AddKeelDomain());
        GrainInterfaceTypeCache.AddTo(client.Services);
        return client;
    }
}
