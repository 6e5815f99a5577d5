using Orleans.Metadata;

namespace Keel.Grains.Placement;

/// <summary>
/// Writes this silo's services into every grain type of its grain manifest. Other silos learn a silo's manifest before
/// Orleans counts it compatible with any grain, so a silo that can be chosen always carries its services: no second
/// lookup, which could lag behind membership (Orleans' silo metadata is fetched once per new silo, and a fetch that
/// fails while the silo is still joining is not retried for the failure-detection period or longer).
/// </summary>
internal sealed class SiloServicesProperty(string services) : IGrainPropertiesProvider
{
    public void Populate(Type grainClass, GrainType grainType, Dictionary<string, string> properties) =>
        properties[SiloServices.PropertyKey] = services;
}
