using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Keel.Architecture.Tests;

/// <summary>A type as the rules see it: its full name (nested types with <c>+</c>), its namespace and its assembly.</summary>
public sealed record TypeName(string FullName, string Namespace, string Assembly)
{
    public override string ToString() => FullName;
}

/// <summary><paramref name="From"/> uses <paramref name="To"/>; <paramref name="Via"/> says where (a field, a method's body...).</summary>
public sealed record Dependency(TypeName From, TypeName To, string Via)
{
    public override string ToString() => $"{From} references {To} ({To.Assembly}) in {Via}";
}

/// <summary>
/// Every type each type of a built assembly uses: its base type and interfaces, attributes (with their typeof
/// arguments), fields, properties, events, method signatures and method bodies (calls, fields read, types created,
/// cast, caught or held in locals), generic arguments and constraints. What the compiler generates inside a type
/// (lambdas, async state machines) counts as the type's own; code generators' types ([GeneratedCode]) and the
/// compiler's top-level helpers are not anyone's code and are left out.
/// </summary>
public static class TypeDependencies
{
    public static IReadOnlyList<Dependency> Of(string assemblyPath, Func<TypeName, bool>? include = null)
    {
        using var assembly = Read(assemblyPath);
        var found = new Dictionary<(string, string), Dependency>();
        foreach (var type in assembly.MainModule.GetTypes())
        {
            if (OwnerOf(type) is not { } owner)
            {
                continue;
            }
            var from = NameOf(owner);
            if (include is not null && !include(from))
            {
                continue;
            }
            foreach (var (reference, via) in References(type))
            {
                foreach (var used in Expand(reference))
                {
                    var to = NameOf(used);
                    if (to.FullName != from.FullName)
                    {
                        found.TryAdd((from.FullName, to.FullName), new Dependency(from, to, $"{Describe(type, owner)}{via}"));
                    }
                }
            }
        }
        return [.. found.Values.OrderBy(d => d.From.FullName, StringComparer.Ordinal).ThenBy(d => d.To.FullName, StringComparer.Ordinal)];
    }

    /// <summary>The types written in the assembly's source (not generated), with what they derive from and implement.</summary>
    public static IReadOnlyList<TypeDefinition> OwnTypes(AssemblyDefinition assembly) =>
        [.. assembly.MainModule.GetTypes().Where(type => type.Name != "<Module>" && !IsGenerated(type) && !HasGeneratedAncestor(type))];

    public static AssemblyDefinition Read(string assemblyPath)
    {
        var resolver = new DefaultAssemblyResolver();
        foreach (var directory in SearchDirectories(assemblyPath))
        {
            resolver.AddSearchDirectory(directory);
        }
        return AssemblyDefinition.ReadAssembly(assemblyPath, new ReaderParameters { AssemblyResolver = resolver });
    }

    public static TypeName NameOf(TypeReference type)
    {
        var top = type;
        while (top.DeclaringType is not null)
        {
            top = top.DeclaringType;
        }
        var assembly = top.Scope switch
        {
            AssemblyNameReference reference => reference.Name,
            ModuleDefinition module => module.Assembly.Name.Name,
            var scope => scope?.Name ?? "?",
        };
        return new TypeName(type.FullName.Replace('/', '+'), top.Namespace, assembly);
    }

    /// <summary>The types a type reference is made of: the element type of arrays and by-refs, a generic type and its arguments.</summary>
    public static IEnumerable<TypeReference> Expand(TypeReference? type)
    {
        switch (type)
        {
            case null or GenericParameter:
                yield break;
            case GenericInstanceType generic:
                foreach (var part in Expand(generic.ElementType).Concat(generic.GenericArguments.SelectMany(Expand)))
                {
                    yield return part;
                }
                break;
            case FunctionPointerType pointer:
                foreach (var part in Expand(pointer.ReturnType).Concat(pointer.Parameters.SelectMany(p => Expand(p.ParameterType))))
                {
                    yield return part;
                }
                break;
            case IModifierType modified:
                foreach (var part in Expand(modified.ElementType).Concat(Expand(modified.ModifierType)))
                {
                    yield return part;
                }
                break;
            case TypeSpecification specification:
                foreach (var part in Expand(specification.ElementType))
                {
                    yield return part;
                }
                break;
            default:
                yield return type;
                break;
        }
    }

    public static bool IsGenerated(TypeDefinition type) => type.CustomAttributes.Any(attribute =>
        attribute.AttributeType.FullName is "System.Runtime.CompilerServices.CompilerGeneratedAttribute" or "System.CodeDom.Compiler.GeneratedCodeAttribute");

    private static bool HasGeneratedAncestor(TypeDefinition type)
    {
        for (var parent = type.DeclaringType; parent is not null; parent = parent.DeclaringType)
        {
            if (IsGenerated(parent))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The type whose code <paramref name="type"/> is: itself, or for a compiler-generated nested type the nearest written one.</summary>
    private static TypeDefinition? OwnerOf(TypeDefinition type)
    {
        if (type.Name == "<Module>" || type.CustomAttributes.Any(a => a.AttributeType.FullName == "System.CodeDom.Compiler.GeneratedCodeAttribute")
            || HasGeneratedCodeAncestor(type))
        {
            return null;
        }
        var owner = type;
        while (IsGenerated(owner))
        {
            if (owner.DeclaringType is null)
            {
                return null; // <PrivateImplementationDetails>, anonymous types, embedded attributes: the compiler's own
            }
            owner = owner.DeclaringType;
        }
        return owner;
    }

    private static bool HasGeneratedCodeAncestor(TypeDefinition type)
    {
        for (var parent = type.DeclaringType; parent is not null; parent = parent.DeclaringType)
        {
            if (parent.CustomAttributes.Any(a => a.AttributeType.FullName == "System.CodeDom.Compiler.GeneratedCodeAttribute"))
            {
                return true;
            }
        }
        return false;
    }

    private static string Describe(TypeDefinition type, TypeDefinition owner) =>
        type == owner ? "" : $"{type.Name} (generated inside it), ";

    private static IEnumerable<(TypeReference Type, string Via)> References(TypeDefinition type)
    {
        if (type.BaseType is not null)
        {
            yield return (type.BaseType, "its base type");
        }
        foreach (var implemented in type.Interfaces)
        {
            yield return (implemented.InterfaceType, "its interfaces");
        }
        foreach (var used in Attributes(type.CustomAttributes).Concat(Constraints(type.GenericParameters)))
        {
            yield return (used, "its declaration");
        }
        foreach (var field in type.Fields)
        {
            yield return (field.FieldType, $"field {field.Name}");
            foreach (var used in Attributes(field.CustomAttributes))
            {
                yield return (used, $"field {field.Name}");
            }
        }
        foreach (var property in type.Properties)
        {
            yield return (property.PropertyType, $"property {property.Name}");
            foreach (var used in Attributes(property.CustomAttributes))
            {
                yield return (used, $"property {property.Name}");
            }
        }
        foreach (var @event in type.Events)
        {
            yield return (@event.EventType, $"event {@event.Name}");
        }
        foreach (var method in type.Methods)
        {
            foreach (var used in Signature(method))
            {
                yield return (used, $"method {method.Name}");
            }
            if (method.HasBody)
            {
                foreach (var used in Body(method.Body))
                {
                    yield return (used, $"the body of {method.Name}");
                }
            }
        }
    }

    private static IEnumerable<TypeReference> Signature(MethodDefinition method)
    {
        yield return method.ReturnType;
        foreach (var parameter in method.Parameters)
        {
            yield return parameter.ParameterType;
            foreach (var used in Attributes(parameter.CustomAttributes))
            {
                yield return used;
            }
        }
        foreach (var used in Attributes(method.CustomAttributes).Concat(Attributes(method.MethodReturnType.CustomAttributes))
            .Concat(Constraints(method.GenericParameters)))
        {
            yield return used;
        }
        foreach (var overridden in method.Overrides)
        {
            yield return overridden.DeclaringType;
        }
    }

    private static IEnumerable<TypeReference> Body(MethodBody body)
    {
        foreach (var variable in body.Variables)
        {
            yield return variable.VariableType;
        }
        foreach (var handler in body.ExceptionHandlers.Where(h => h.CatchType is not null))
        {
            yield return handler.CatchType;
        }
        foreach (var instruction in body.Instructions)
        {
            switch (instruction.Operand)
            {
                case TypeReference type:
                    yield return type;
                    break;
                case MethodReference called:
                    foreach (var used in Member(called))
                    {
                        yield return used;
                    }
                    break;
                case FieldReference field:
                    yield return field.DeclaringType;
                    yield return field.FieldType;
                    break;
                case CallSite site:
                    yield return site.ReturnType;
                    foreach (var parameter in site.Parameters)
                    {
                        yield return parameter.ParameterType;
                    }
                    break;
            }
        }
    }

    private static IEnumerable<TypeReference> Member(MethodReference method)
    {
        yield return method.DeclaringType;
        yield return method.ReturnType;
        foreach (var parameter in method.Parameters)
        {
            yield return parameter.ParameterType;
        }
        if (method is GenericInstanceMethod generic)
        {
            foreach (var argument in generic.GenericArguments)
            {
                yield return argument;
            }
        }
    }

    private static IEnumerable<TypeReference> Constraints(IEnumerable<GenericParameter> parameters) =>
        parameters.SelectMany(parameter => parameter.Constraints.Select(constraint => constraint.ConstraintType));

    private static IEnumerable<TypeReference> Attributes(IEnumerable<CustomAttribute> attributes)
    {
        foreach (var attribute in attributes)
        {
            yield return attribute.AttributeType;
            IEnumerable<CustomAttributeArgument> arguments;
            try
            {
                arguments = [.. attribute.ConstructorArguments, .. attribute.Properties.Select(p => p.Argument), .. attribute.Fields.Select(f => f.Argument)];
            }
            catch (AssemblyResolutionException)
            {
                continue; // an argument of an enum type from an assembly not at hand: the attribute's type is still seen
            }
            foreach (var value in arguments.SelectMany(Values))
            {
                yield return value;
            }
        }
    }

    /// <summary>The types an attribute argument names: <c>typeof(X)</c>, also inside arrays and boxed values.</summary>
    private static IEnumerable<TypeReference> Values(CustomAttributeArgument argument) => argument.Value switch
    {
        TypeReference type => [type],
        CustomAttributeArgument inner => Values(inner),
        CustomAttributeArgument[] items => items.SelectMany(Values),
        _ => [],
    };

    private static IEnumerable<string> SearchDirectories(string assemblyPath)
    {
        yield return Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!;
        yield return AppContext.BaseDirectory;
        // The shared frameworks: the base class library and ASP.NET Core's.
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        yield return runtime;
        var aspNetCore = new DirectoryInfo(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(runtime))!, "Microsoft.AspNetCore.App"));
        if (aspNetCore.Exists && aspNetCore.GetDirectories().OrderByDescending(d => d.Name == Path.GetFileName(runtime)).FirstOrDefault() is { } version)
        {
            yield return version.FullName;
        }
    }
}
