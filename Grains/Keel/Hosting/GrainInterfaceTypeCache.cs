using System.Collections.Concurrent;
using Orleans.Metadata;

namespace Keel.Grains.Hosting;

/// <summary>
/// Remembers the identity Orleans gives each grain interface. Orleans works it out again on every
/// <c>GetGrain&lt;T&gt;(key)</c> (the interface's attributes instantiated, its type name formatted and parsed): about a
/// kilobyte and a few microseconds per call, three or four calls per registration. Asked first, this answers from the first
/// answer Orleans' own providers and conventions gave.
/// </summary>
internal sealed class GrainInterfaceTypeCache(IServiceProvider services) : IGrainInterfaceTypeProvider
{
    private readonly ConcurrentDictionary<Type, GrainInterfaceType> _known = new();

    [ThreadStatic]
    private static bool _resolving; // the resolver asks this provider first: while it works out a miss, step aside

    public bool TryGetGrainInterfaceType(Type type, out GrainInterfaceType grainInterfaceType)
    {
        if (_known.TryGetValue(type, out grainInterfaceType))
        {
            return true;
        }
        if (_resolving)
        {
            return false;
        }
        _resolving = true;
        try
        {
            grainInterfaceType = services.GetRequiredService<GrainInterfaceTypeResolver>().GetGrainInterfaceType(type);
        }
        finally
        {
            _resolving = false;
        }
        _known.TryAdd(type, grainInterfaceType);
        return true;
    }

    /// <summary>Registers the cache ahead of the providers already registered (Orleans adds its own before Keel's).</summary>
    public static void AddTo(IServiceCollection services)
    {
        if (services.Any(d => d.ImplementationType == typeof(GrainInterfaceTypeCache)))
        {
            return;
        }
        var first = 0;
        while (first < services.Count && services[first].ServiceType != typeof(IGrainInterfaceTypeProvider))
        {
            first++;
        }
        services.Insert(first, ServiceDescriptor.Singleton<IGrainInterfaceTypeProvider, GrainInterfaceTypeCache>());
    }
}
