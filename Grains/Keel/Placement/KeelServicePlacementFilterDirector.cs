using Orleans.Placement;
using Orleans.Runtime.Placement;
using Orleans.Runtime.MembershipService.SiloMetadata;

namespace Keel.Grains.Placement;

/// <summary>Keeps a service's grains on the silos whose metadata says they host it (not the caller's silo: a role).</summary>
internal sealed class KeelServicePlacementFilterDirector(ISiloMetadataCache metadata) : IPlacementFilterDirector
{
    public IEnumerable<SiloAddress> Filter(PlacementFilterStrategy filterStrategy, PlacementTarget target, IEnumerable<SiloAddress> silos)
    {
        var service = ((KeelServicePlacementFilterStrategy)filterStrategy).Service;
        return silos.Where(silo =>
            SiloServices.Includes(metadata.GetSiloMetadata(silo).Metadata.GetValueOrDefault(SiloServices.MetadataKey), service));
    }
}
