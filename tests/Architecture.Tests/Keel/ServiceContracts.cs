using Mono.Cecil;

namespace Keel.Architecture.Tests;

/// <summary>
/// A service's public contract, what other services may use of it: its <c>Grains.Interfaces</c> types, the events of its
/// Domain (types implementing <c>Keel.Domain.IEvent</c>, which cross the wire themselves) and the Domain types their
/// fields carry, transitively.
/// </summary>
public static class ServiceContracts
{
    private const string EventInterface = "Keel.Domain.IEvent";

    /// <summary>Service name → the full names of the types in its public contract.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Of(KeelLayout layout, string domainPath, string contractsPath)
    {
        using var domain = TypeDependencies.Read(domainPath);
        using var contracts = TypeDependencies.Read(contractsPath);
        var domainTypes = TypeDependencies.OwnTypes(domain);
        var contractTypes = TypeDependencies.OwnTypes(contracts);
        return layout.Services.Keys.ToDictionary(service => service, service =>
        {
            var domainNamespace = layout.NamespaceOf(service, KeelLayout.Domain);
            var contractNamespace = layout.NamespaceOf(service, KeelLayout.Contracts);
            var contract = new HashSet<string>(StringComparer.Ordinal);
            foreach (var type in contractTypes.Where(t => KeelLayout.Within(TypeDependencies.NameOf(t).Namespace, contractNamespace)))
            {
                contract.Add(TypeDependencies.NameOf(type).FullName);
            }
            var ofService = domainTypes.Where(t => KeelLayout.Within(TypeDependencies.NameOf(t).Namespace, domainNamespace))
                .ToDictionary(t => TypeDependencies.NameOf(t).FullName, StringComparer.Ordinal);
            var carried = new Queue<TypeDefinition>(ofService.Values.Where(IsEvent));
            while (carried.TryDequeue(out var type))
            {
                if (!contract.Add(TypeDependencies.NameOf(type).FullName))
                {
                    continue;
                }
                foreach (var field in type.Fields.Where(f => !f.IsStatic))
                {
                    foreach (var part in TypeDependencies.Expand(field.FieldType))
                    {
                        if (ofService.TryGetValue(TypeDependencies.NameOf(part).FullName, out var definition))
                        {
                            carried.Enqueue(definition);
                        }
                    }
                }
            }
            return (IReadOnlySet<string>)contract;
        });
    }

    private static bool IsEvent(TypeDefinition type)
    {
        for (var current = type; current is not null; current = Resolve(current.BaseType))
        {
            if (current.Interfaces.Any(i => i.InterfaceType.FullName == EventInterface))
            {
                return true;
            }
        }
        return false;
    }

    private static TypeDefinition? Resolve(TypeReference? type)
    {
        try
        {
            return type?.Resolve();
        }
        catch (AssemblyResolutionException)
        {
            return null;
        }
    }
}
