using Keel.Grains.Placement;
using Orleans.Metadata;

namespace Keel.Grains.Services;

/// <summary>
/// Places every grain of a service's namespace on the silos that host the service, as <see cref="KeelServiceAttribute"/>
/// would: the module declares the service once, its grains need not repeat it.
/// </summary>
internal sealed class ModulePlacement(IServiceProvider services) : IGrainPropertiesProvider
{
    public void Populate(Type grainClass, GrainType grainType, Dictionary<string, string> properties)
    {
        if (!grainClass.IsDefined(typeof(KeelServiceAttribute), inherit: false) && KeelModule.Of(grainClass) is { } module)
        {
            new KeelServiceAttribute(module.Name).Populate(services, grainClass, grainType, properties);
        }
    }
}
