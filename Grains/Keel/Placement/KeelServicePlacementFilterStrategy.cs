using Orleans.Metadata;
using Orleans.Placement;

namespace Keel.Grains.Placement;

/// <summary>The placement filter of <see cref="KeelServiceAttribute"/>: the service travels in the grain's properties.</summary>
public sealed class KeelServicePlacementFilterStrategy(string service) : PlacementFilterStrategy(order: 0)
{
    private const string ServiceProperty = "keel-service";

    /// <summary>Orleans creates strategies from the service container, then initializes them from grain properties.</summary>
    public KeelServicePlacementFilterStrategy() : this("")
    {
    }

    public string Service { get; private set; } = service;

    public override void AdditionalInitialize(GrainProperties properties) =>
        Service = GetPlacementFilterGrainProperty(ServiceProperty, properties)
            ?? throw new ArgumentException("A Keel service placement filter needs its service name.", nameof(properties));

    protected override IEnumerable<KeyValuePair<string, string>> GetAdditionalGrainProperties(
        IServiceProvider services, Type grainClass, GrainType grainType, IReadOnlyDictionary<string, string> existingProperties)
    {
        yield return new KeyValuePair<string, string>(ServiceProperty, Service);
    }
}
