using Keel.Grains.Services;

namespace Keel.Architecture.Tests;

/// <summary>
/// Where a type belongs: Keel's machinery or a service. A service is its own namespace in each layer
/// (<c>Keel.Domain.Users</c>, <c>Keel.Grains.Interfaces.Users</c>, <c>Keel.Grains.Users</c>, <c>Keel.Api.Users</c>, and
/// namespaces below them); everything else of Keel's assemblies is the machinery.
/// </summary>
public sealed class KeelLayout(IReadOnlyDictionary<string, string> services)
{
    /// <summary>The product's assemblies, each a layer (the Silo is a host of the Grains layer).</summary>
    public static readonly string[] Assemblies = ["Keel.Domain", "Keel.Grains.Interfaces", "Keel.Grains", "Keel.Api", "Keel.Silo"];

    public const string Domain = "Keel.Domain";
    public const string Contracts = "Keel.Grains.Interfaces";

    private static readonly string[] Layers = [Domain, Contracts, "Keel.Grains", "Keel.Api"];

    /// <summary>
    /// This build's services, from its modules (<see cref="KeelModule.All"/>): the module's name (users), and the
    /// namespace segment its folders share (Users), from the module's own namespace (<c>Keel.Grains.Users</c>).
    /// </summary>
    public static KeelLayout Current { get; } = new(KeelModule.All.ToDictionary(
        module => module.Name,
        module => module.GetType().Namespace!["Keel.Grains.".Length..]));

    /// <summary>Service name → namespace segment (users → Users).</summary>
    public IReadOnlyDictionary<string, string> Services { get; } = services;

    /// <summary>The service a namespace belongs to, or null for the machinery.</summary>
    public string? ServiceOf(string @namespace)
    {
        foreach (var (service, segment) in Services)
        {
            if (Layers.Any(layer => Within(@namespace, $"{layer}.{segment}")))
            {
                return service;
            }
        }
        return null;
    }

    public string? ServiceOf(TypeName type) => IsKeel(type) ? ServiceOf(type.Namespace) : null;

    /// <summary>The namespace of <paramref name="service"/> in <paramref name="layer"/>: <c>Keel.Domain.Users</c>.</summary>
    public string NamespaceOf(string service, string layer) => $"{layer}.{Services[service]}";

    public static bool IsKeel(TypeName type) => Assemblies.Contains(type.Assembly);

    public static bool Within(string @namespace, string root) =>
        @namespace == root || @namespace.StartsWith(root + ".", StringComparison.Ordinal);
}
