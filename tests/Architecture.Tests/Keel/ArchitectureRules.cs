namespace Keel.Architecture.Tests;

/// <summary>
/// Keel's layering rules as checks over dependencies: each returns its violations, one line each, naming the offending
/// type and what it references. The tests run them on the built assemblies, and on bad inputs to show they can fail.
/// </summary>
public static class ArchitectureRules
{
    /// <summary>The assemblies of the base class library: those of the shared framework Microsoft.NETCore.App.</summary>
    public static IReadOnlySet<string> BaseClassLibrary { get; } = Directory
        .GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll")
        .Select(Path.GetFileNameWithoutExtension)
        .ToHashSet(StringComparer.OrdinalIgnoreCase)!;

    /// <summary>
    /// (a) Domain is pure: its types reference nothing but the base class library and Domain itself — no Orleans,
    /// ASP.NET Core, Npgsql, Microsoft.Extensions.*, no other Keel assembly.
    /// </summary>
    public static IReadOnlyList<string> DomainUsesOnlyTheBaseClassLibrary(IEnumerable<Dependency> domain, string domainAssembly) =>
    [
        .. domain
            .Where(d => d.To.Assembly != domainAssembly && !BaseClassLibrary.Contains(d.To.Assembly))
            .Select(d => $"{d.From} references {d.To} ({d.To.Assembly}, not the base class library) in {d.Via}"),
    ];

    /// <summary>(a), for the assembly as a whole: every assembly it references is the base class library's.</summary>
    public static IReadOnlyList<string> AssemblyReferencesOnlyTheBaseClassLibrary(string assembly, IEnumerable<string> references) =>
        [.. references.Where(r => !BaseClassLibrary.Contains(r)).Select(r => $"{assembly} references the assembly {r}, not the base class library")];

    /// <summary>
    /// (a') The browser build references Domain, the base class library and Blazor's WebAssembly libraries — nothing of
    /// the server (grains, endpoints, Orleans, storage): what runs offline is the rules, not a copy of the backend.
    /// </summary>
    public static IReadOnlyList<string> BrowserReferencesOnlyDomainAndBlazor(string assembly, IEnumerable<string> references) =>
        [.. references.Where(r => r != KeelLayout.Domain && !BaseClassLibrary.Contains(r) && !r.StartsWith("Microsoft.AspNetCore.Components", StringComparison.Ordinal)
                && r is not ("Microsoft.JSInterop" or "Microsoft.Extensions.Hosting.Abstractions" or "Microsoft.Extensions.DependencyInjection.Abstractions"))
            .Select(r => $"{assembly} references the assembly {r}, which is neither Domain, the base class library nor Blazor")];

    /// <summary>(b) The machinery (Keel's types outside every service namespace) references no type of a service.</summary>
    public static IReadOnlyList<string> MachineryUsesNoService(IEnumerable<Dependency> dependencies, KeelLayout layout) =>
    [
        .. from d in dependencies
           where KeelLayout.IsKeel(d.From) && layout.ServiceOf(d.From.Namespace) is null
           let service = layout.ServiceOf(d.To)
           where service is not null
           select $"The machinery's {d.From} references {d.To} of the {service} service in {d.Via}",
    ];

    /// <summary>
    /// (c) A service references another service only through that service's public contract (<see cref="ServiceContracts"/>):
    /// never its deciders, states, commands or rejections, nor anything of its grains or endpoints.
    /// </summary>
    public static IReadOnlyList<string> ServicesMeetThroughContracts(
        IEnumerable<Dependency> dependencies, KeelLayout layout, IReadOnlyDictionary<string, IReadOnlySet<string>> contracts) =>
    [
        .. from d in dependencies
           let user = layout.ServiceOf(d.From)
           let owner = layout.ServiceOf(d.To)
           where user is not null && owner is not null && user != owner && !contracts[owner].Contains(d.To.FullName)
           select $"{d.From} ({user}) references {d.To} of the {owner} service, which is not in its public contract " +
                  $"(its Grains.Interfaces types, its Domain events and the Domain types they carry), in {d.Via}",
    ];

    /// <summary>
    /// (d) A host executable only composes: its entry point's file declares no type besides the entry point, and a host
    /// that is nothing but a host (the Silo) declares no type at all besides it.
    /// </summary>
    public static IReadOnlyList<string> HostsOnlyCompose(HostAssembly host)
    {
        var entryFiles = host.Types.FirstOrDefault(t => t.FullName == host.EntryPoint)?.Files ?? new HashSet<string>();
        return
        [
            .. from type in host.Types
               where type.FullName != host.EntryPoint
               let inEntryFile = type.Files.Intersect(entryFiles).ToArray()
               where inEntryFile.Length > 0 || host.ComposesOnly
               select inEntryFile.Length > 0
                   ? $"{host.Name}: {Path.GetFileName(inEntryFile[0])} declares {type.FullName} besides the entry point {host.EntryPoint}"
                   : $"{host.Name} declares {type.FullName} ({string.Join(", ", type.Files.Select(Path.GetFileName))}) besides the entry point {host.EntryPoint}; a host only composes",
        ];
    }
}
