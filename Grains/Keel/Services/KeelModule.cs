using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Keel.Grains.Services;

/// <summary>
/// A service, declared once, in its own folder: its name, and what it brings to the silos — its options and adapters.
/// Its grains name the service with <see cref="Placement.KeelServiceAttribute"/>; its HTTP endpoints are a
/// <c>[ServiceEndpoints]</c> class in its Api folder. Keel finds every module at start; adding a service edits nothing else.
/// </summary>
public abstract class KeelModule(string name)
{
    public string Name { get; } = name;

    /// <summary>Every module of this build.</summary>
    public static IReadOnlyList<KeelModule> All { get; } = [.. typeof(KeelModule).Assembly.GetTypes()
        .Where(type => type.IsSubclassOf(typeof(KeelModule)) && !type.IsAbstract)
        .Select(type => (KeelModule)Activator.CreateInstance(type, nonPublic: true)!)
        .OrderBy(module => module.Name, StringComparer.Ordinal)];

    /// <summary>Registers the service's options and adapters with a silo's services.</summary>
    public virtual void AddTo(IServiceCollection services, IConfiguration configuration)
    {
    }
}
