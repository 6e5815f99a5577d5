using Keel.Grains.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Keel.Testing;

/// <summary>
/// An in-process Keel cluster: silos running Keel's services (<c>AddKeelServices</c>, as the hosts do) and a client that
/// speaks Keel's wire. It knows no service: a test project adds its own adapters and settings in <see cref="ConfigureSilo"/>.
/// The cluster is built and started by <see cref="InitializeAsync"/> (an xunit fixture's start), so the hook sees a fully
/// constructed fixture.
/// </summary>
public class KeelCluster(short silos = 1) : IAsyncLifetime
{
    private readonly List<string> _siloNames = [];
    private InProcessTestCluster? _cluster;

    public InProcessTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster starts in InitializeAsync.");

    public IClusterClient Client => Cluster.Client;

    /// <summary>Silo number <paramref name="index"/>, as <see cref="ConfigureSilo"/> numbered it.</summary>
    public InProcessSiloHandle Silo(int index) => Cluster.Silos.Single(silo => silo.Name == _siloNames[index]);

    /// <summary>
    /// Adds what silo number <paramref name="silo"/> (from 0) needs beyond Keel's services: adapters to
    /// <paramref name="services"/>, configuration keys (<c>Keel:*</c>, a service's section) to <paramref name="settings"/>.
    /// </summary>
    protected virtual void ConfigureSilo(int silo, IServiceCollection services, IDictionary<string, string?> settings)
    {
    }

    public virtual async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(silos);
        builder.ConfigureClient(client => client.AddKeelWire());
        builder.ConfigureSilo((options, silo) =>
        {
            int index;
            lock (_siloNames)
            {
                index = _siloNames.Count;
                _siloNames.Add(options.SiloName);
            }
            var settings = new Dictionary<string, string?>();
            ConfigureSilo(index, silo.Services, settings);
            silo.AddKeelServices(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
