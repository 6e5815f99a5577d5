using Mono.Cecil;

namespace Keel.Architecture.Tests;

/// <summary>
/// A service's public contract, what other services may use of it: its <c>Grains.Interfaces</c> types, the Domain types
/// that cross the wire through them (in a grain method's parameters or result, in a contract record's fields), the
/// events of its Domain (types implementing <c>Keel.Domain.IEvent</c>, which cross the wire themselves), and the Domain
/// types those carry in their fields, transitively.
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
            var ofService = domainTypes.Where(t => KeelLayout.Within(TypeDependencies.NameOf(t).Namespace, domainNamespace))
                .ToDictionary(t => TypeDependencies.NameOf(t).FullName, StringComparer.Ordinal);
            var carried = new Queue<TypeDefinition>(ofService.Values.Where(IsEvent));
            foreach (var type in contractTypes.Where(t => KeelLayout.Within(TypeDependencies.NameOf(t).Namespace, contractNamespace)))
            {
                contract.Add(TypeDependencies.NameOf(type).FullName);
                foreach (var part in SignatureOf(type).SelectMany(TypeDependencies.Expand))
                {
                    if (ofService.TryGetValue(TypeDependencies.NameOf(part).FullName, out var definition))
                    {
                        carried.Enqueue(definition);
                    }
                }
            }
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

    /// <summary>What crosses the wire with a contract type: its public methods' parameters and results, its fields.</summary>
    private static IEnumerable<TypeReference> SignatureOf(TypeDefinition type) =>
        type.Methods.Where(m => m.IsPublic).SelectMany(m => m.Parameters.Select(p => p.ParameterType).Append(m.ReturnType))
            .Concat(type.Fields.Where(f => !f.IsStatic).Select(f => f.FieldType));

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
