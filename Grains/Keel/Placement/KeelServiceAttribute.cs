using Orleans.Placement;

namespace Keel.Grains.Placement;

/// <summary>
/// Names the service a grain belongs to: Orleans places its activations only on silos whose <c>Keel:Services</c>
/// include that service. Moving a service to its own silos is then a setting, not a code change.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class KeelServiceAttribute(string service)
    : PlacementFilterAttribute(new KeelServicePlacementFilterStrategy(service))
{
    public string Service { get; } = service;
}
