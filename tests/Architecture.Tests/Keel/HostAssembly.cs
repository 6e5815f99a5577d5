using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Keel.Architecture.Tests;

/// <summary>A written type of a host executable and the source files it is declared in.</summary>
public sealed record HostType(string FullName, IReadOnlySet<string> Files);

/// <summary>
/// A host executable as the host rule sees it: its entry point's type, its written types and their source files (from
/// its portable PDB: methods' sequence points, and the documents the compiler records for types without code).
/// <paramref name="ComposesOnly"/>: the executable holds nothing but its entry point (the Silo); otherwise only the
/// entry point's file must (the Api, whose assembly is also the Api layer).
/// </summary>
public sealed record HostAssembly(string Name, string EntryPoint, IReadOnlyList<HostType> Types, bool ComposesOnly)
{
    private static readonly Guid TypeDefinitionDocuments = new("932E74BC-DBA9-4478-8D46-0F32A7BAB3D3");

    public static HostAssembly Read(string assemblyPath, bool composesOnly)
    {
        using var cecil = TypeDependencies.Read(assemblyPath);
        var entryPoint = cecil.MainModule.EntryPoint?.DeclaringType
            ?? throw new InvalidOperationException($"{assemblyPath} has no entry point.");
        var files = FilesByType(assemblyPath);
        // A type's files include those of the code the compiler generated inside it (lambdas, async state machines).
        var written = TypeDependencies.OwnTypes(cecil);
        // The entry point is a host's own even where the compiler wrote it (top-level statements).
        var types = (written.Contains(entryPoint) ? written : [entryPoint, .. written]).Select(type =>
        {
            var names = new[] { type }.Concat(Generated(type)).Select(t => TypeDependencies.NameOf(t).FullName);
            return new HostType(TypeDependencies.NameOf(type).FullName,
                names.SelectMany(name => files.GetValueOrDefault(name) ?? []).ToHashSet(StringComparer.Ordinal));
        });
        var entry = TypeDependencies.NameOf(entryPoint).FullName;
        return new HostAssembly(cecil.Name.Name, entry, [.. types], composesOnly);
    }

    private static IEnumerable<Mono.Cecil.TypeDefinition> Generated(Mono.Cecil.TypeDefinition type) =>
        type.NestedTypes.Where(TypeDependencies.IsGenerated).SelectMany(nested => Generated(nested).Prepend(nested));

    /// <summary>The source files of each type of the assembly, by the full name the rules use (nested with <c>+</c>).</summary>
    private static Dictionary<string, HashSet<string>> FilesByType(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var metadata = pe.GetMetadataReader();
        using var pdbProvider = MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(Path.ChangeExtension(assemblyPath, ".pdb")));
        var pdb = pdbProvider.GetMetadataReader();
        var files = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Add(TypeDefinitionHandle type, DocumentHandle document)
        {
            var name = FullName(metadata, type);
            if (!files.TryGetValue(name, out var set))
            {
                files[name] = set = new HashSet<string>(StringComparer.Ordinal);
            }
            set.Add(pdb.GetString(pdb.GetDocument(document).Name));
        }
        foreach (var method in metadata.MethodDefinitions)
        {
            var debug = pdb.GetMethodDebugInformation(method.ToDebugInformationHandle());
            if (debug.SequencePointsBlob.IsNil)
            {
                continue;
            }
            var type = metadata.GetMethodDefinition(method).GetDeclaringType();
            foreach (var point in debug.GetSequencePoints())
            {
                if (!point.Document.IsNil)
                {
                    Add(type, point.Document);
                }
            }
        }
        foreach (var handle in pdb.CustomDebugInformation)
        {
            var information = pdb.GetCustomDebugInformation(handle);
            if (information.Parent.Kind != HandleKind.TypeDefinition || pdb.GetGuid(information.Kind) != TypeDefinitionDocuments)
            {
                continue;
            }
            var blob = pdb.GetBlobReader(information.Value);
            while (blob.RemainingBytes > 0)
            {
                Add((TypeDefinitionHandle)information.Parent, MetadataTokens.DocumentHandle(blob.ReadCompressedInteger()));
            }
        }
        return files;
    }

    private static string FullName(MetadataReader metadata, TypeDefinitionHandle handle)
    {
        var type = metadata.GetTypeDefinition(handle);
        var name = metadata.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return $"{FullName(metadata, declaring)}+{name}";
        }
        var @namespace = metadata.GetString(type.Namespace);
        return @namespace.Length == 0 ? name : $"{@namespace}.{name}";
    }
}
