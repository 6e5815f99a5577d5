using Microsoft.Extensions.DependencyInjection;

namespace Keel.Grains.Tests;

/// <summary>
/// One in-process silo with Keel's services, shared by the grain tests. Keel's cluster comes from the kit; what each
/// service's tests need of it (a test adapter, a setting) is in that service's folder.
/// </summary>
public sealed partial class ClusterFixture : KeelCluster
{
    protected override void ConfigureSilo(int silo, IServiceCollection services, IDictionary<string, string?> settings)
    {
        ConfigureUsers(settings);
        ConfigureEmail(services);
        ConfigureLobby(services);
        ConfigureGames(services);
    }

    static partial void ConfigureUsers(IDictionary<string, string?> settings);

    partial void ConfigureEmail(IServiceCollection services);

    partial void ConfigureLobby(IServiceCollection services);

    partial void ConfigureGames(IServiceCollection services);
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
