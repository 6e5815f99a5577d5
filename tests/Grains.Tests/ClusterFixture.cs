using Keel.Grains.Lobby;
using Keel.Grains.Email;
using Keel.Grains.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Keel.Grains.Tests;

/// <summary>One in-process silo with Keel's services, shared by the grain tests.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public ClusterFixture()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureClient(client => client.AddKeelWire());
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton<IMailSender>(Mail);
            silo.Services.AddSingleton<IRoomCodes>(RoomCodes);
            silo.AddKeelServices(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Keel:Users:ClaimLease"] = ClaimLease.ToString(),
            }).Build());
        });
        Cluster = builder.Build();
    }

    /// <summary>How long an abandoned address claim blocks the address here (the default is 30 s).</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromSeconds(1);

    public InProcessTestCluster Cluster { get; }

    public RecordingMailSender Mail { get; } = new();

    internal ScriptedRoomCodes RoomCodes { get; } = new();

    public IClusterClient Client => Cluster.Client;

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}

/// <summary>A cluster of its own, for tests that count activations and must not see other tests' leftovers.</summary>
[CollectionDefinition(Name)]
public sealed class IsolatedClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "isolated cluster";
}
