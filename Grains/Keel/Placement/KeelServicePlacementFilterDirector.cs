using Orleans.Metadata;
using Orleans.Placement;
using Orleans.Runtime.Placement;

namespace Keel.Grains.Placement;

/// <summary>
/// Keeps a service's grains on the silos whose grain manifest says they host it (not the caller's silo: a role).
/// The manifest is the one Orleans found the silos compatible by, so every silo offered here has its entry.
/// </summary>
internal sealed class KeelServicePlacementFilterDirector(IClusterManifestProvider manifests) : IPlacementFilterDirector
{
    public IEnumerable<SiloAddress> Filter(PlacementFilterStrategy filterStrategy, PlacementTarget target, IEnumerable<SiloAddress> silos)
    {
        var service = ((KeelServicePlacementFilterStrategy)filterStrategy).Service;
        var cluster = manifests.Current;
        return silos.Where(silo => cluster.Silos.TryGetValue(silo, out var manifest)
            && SiloServices.Includes(ServicesOf(manifest, target.GrainIdentity.Type), service));
    }

    /// <summary>The property is the same on each grain type of a silo; a generic grain's type is found by any other.</summary>
    private static string? ServicesOf(GrainManifest manifest, GrainType grainType) =>
        manifest.Grains.TryGetValue(grainType, out var grain) && grain.Properties.TryGetValue(SiloServices.PropertyKey, out var services)
            ? services
            : manifest.Grains.Values.Select(other => other.Properties.GetValueOrDefault(SiloServices.PropertyKey)).FirstOrDefault(value => value is not null);
}
