using System.Collections.Immutable;
using Keel.Grains.Placement;
using Orleans.Metadata;
using Orleans.Runtime.Placement;

namespace Keel.Grains.Tests;

/// <summary>
/// Which silos a service's grain may go to, read from the silos' grain manifests — the same manifests Orleans found the
/// silos compatible by, so a silo that has just joined is placeable the moment Orleans offers it.
/// </summary>
public sealed class ServicePlacementFilterTests
{
    private static readonly GrainType Mailbox = GrainType.Create("keel.email.mailbox");
    private static readonly GrainType Generic = GrainType.Create("keel.email.generic`1[[System.String]]");
    private static readonly SiloAddress Users = Silo(1);
    private static readonly SiloAddress Email = Silo(2);
    private static readonly SiloAddress Everything = Silo(3);
    private static readonly SiloAddress Unknown = Silo(4);

    [Fact]
    public void OffersOnlyTheSilosWhoseManifestNamesTheService()
    {
        var chosen = Filter(Mailbox, Users, Email, Everything, Unknown);

        Assert.Equal([Email, Everything], chosen);
    }

    [Fact]
    public void AGrainTypeNotInTheManifestAsNamedIsPlacedByTheSilosOtherGrains()
    {
        var chosen = Filter(Generic, Users, Email);

        Assert.Equal([Email], chosen);
    }

    private static SiloAddress[] Filter(GrainType grainType, params SiloAddress[] offered)
    {
        var cluster = new ClusterManifest(new MajorMinorVersion(1, 1), ImmutableDictionary<SiloAddress, GrainManifest>.Empty
            .Add(Users, Manifest("users"))
            .Add(Email, Manifest("email"))
            .Add(Everything, Manifest(SiloServices.All)));
        var director = new KeelServicePlacementFilterDirector(new FixedManifest(cluster));
        var target = new PlacementTarget(GrainId.Create(grainType, "ada@example.com"), [], default, 0);
        return [.. director.Filter(new KeelServicePlacementFilterStrategy("email"), target, offered)];
    }

    private static GrainManifest Manifest(string services) => new(
        ImmutableDictionary<GrainType, GrainProperties>.Empty.Add(Mailbox,
            new GrainProperties(ImmutableDictionary.Create<string, string>(StringComparer.Ordinal).Add(SiloServices.PropertyKey, services))),
        ImmutableDictionary<GrainInterfaceType, GrainInterfaceProperties>.Empty);

    private static SiloAddress Silo(int port) => SiloAddress.New(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 11000 + port), 1);

    private sealed class FixedManifest(ClusterManifest current) : IClusterManifestProvider
    {
        public ClusterManifest Current => current;
        public IAsyncEnumerable<ClusterManifest> Updates => throw new NotSupportedException();
        public GrainManifest LocalGrainManifest => throw new NotSupportedException();
    }
}
