using System.Reflection;
using System.Security.Cryptography;
using Keel.Domain;
using Keel.Grains.Interfaces.Wire;

namespace Keel.Contracts.Tests.Snapshot;

/// <summary>
/// What Keel's assemblies put on the Orleans wire and into storage: serializable types with their aliases and field ids,
/// grain interfaces and their methods, grain types, stream subscriptions, Keel's names and its migration scripts.
/// Read by reflection from the attributes Orleans itself reads, so the snapshot names exactly what the runtime uses.
/// </summary>
public static class WireContracts
{
    public static IEnumerable<ContractEntry> Read(IReadOnlyList<Assembly> assemblies)
    {
        var types = assemblies.SelectMany(TypesOf).ToList();
        foreach (var type in types.Where(t => Has(t, "Orleans.GenerateSerializerAttribute")))
        {
            yield return type.IsEnum ? WireEnum(type) : WireType(type);
        }
        // Domain's own types travel under the names and field ids Keel derives for them (Keel.Grains.Interfaces.Wire).
        foreach (var shape in DomainShapes(types))
        {
            yield return shape.Kind == WireKind.Enum ? WireEnum(shape.Type) : DomainRecord(shape);
        }
        foreach (var type in types.Where(IsGrainInterface))
        {
            yield return GrainInterface(type);
        }
        foreach (var type in types.Where(IsGrainClass))
        {
            yield return GrainClass(type);
        }
        yield return Names(types);
        foreach (var assembly in assemblies)
        {
            foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith("Keel.Migrations.", StringComparison.Ordinal)))
            {
                using var stream = assembly.GetManifestResourceStream(resource)!;
                yield return new ContractEntry("migration", resource["Keel.Migrations.".Length..],
                    [new ContractMember("sha256", Convert.ToHexStringLower(SHA256.HashData(stream)))]);
            }
        }
    }

    private static ContractEntry WireType(Type type)
    {
        var members = new List<ContractMember>();
        foreach (var member in type.GetMembers(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
        {
            if (Attribute(member, "Orleans.IdAttribute") is { } id && member is PropertyInfo or FieldInfo)
            {
                var memberType = member is PropertyInfo p ? p.PropertyType : ((FieldInfo)member).FieldType;
                members.Add(new ContractMember($"field {id.ConstructorArguments[0].Value}", $"{TypeNames.OfField(memberType)} {Camel(member.Name)}"));
            }
        }
        if (type.BaseType is { } baseType && Has(baseType, "Orleans.GenerateSerializerAttribute"))
        {
            members.Add(new ContractMember("base", TypeNames.Of(baseType)));
        }
        return new ContractEntry("wire-type", TypeNames.Of(type), members);
    }

    /// <summary>
    /// The Domain types that travel or rest: events, rejections, snapshots (states), pinned names, and what the contract records and
    /// grain methods carry — with every type their fields hold. Commands and other Domain types never leave a process.
    /// </summary>
    private static IEnumerable<WireShape> DomainShapes(IReadOnlyList<Type> types)
    {
        var roots = DomainWire.All.Where(s => s.Kind != WireKind.Value && (typeof(IEvent).IsAssignableFrom(s.Type) || typeof(IRejection).IsAssignableFrom(s.Type)
            || s.Type.IsDefined(typeof(WireNameAttribute), false) || IsState(s.Type))).Select(s => s.Type)
            .Concat(types.Where(t => Has(t, "Orleans.GenerateSerializerAttribute"))
                .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)).Select(p => p.PropertyType))
            .Concat(types.Where(IsGrainInterface).SelectMany(i => i.GetMethods()).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)));
        var found = new Dictionary<Type, WireShape>();
        var pending = new Stack<Type>(roots);
        while (pending.TryPop(out var type))
        {
            foreach (var part in type.IsGenericType ? type.GetGenericArguments() : type.IsArray ? [type.GetElementType()!] : [])
            {
                pending.Push(part);
            }
            var shape = DomainWire.ShapeOf(type);
            if (shape.Kind == WireKind.None || !found.TryAdd(type, shape))
            {
                continue;
            }
            foreach (var field in shape.Fields)
            {
                pending.Push(field.Type);
            }
            if (shape.ValueType is { } value)
            {
                pending.Push(value);
            }
        }
        return found.Values.Where(s => s.Kind != WireKind.Value);
    }

    private static bool IsState(Type type) => type.BaseType is { } parent
        && (IsStateType(type) || IsStateType(parent));

    private static bool IsStateType(Type type) => type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IState<,>));

    private static ContractEntry DomainRecord(WireShape shape) => new("wire-type", shape.Name,
        [.. shape.Fields.Select(f => new ContractMember($"field {f.Id}", $"{TypeNames.OfField(f.Type)} {Camel(f.Name)}"))]);

    private static ContractEntry WireEnum(Type type) => new("wire-enum", TypeNames.Of(type),
        [.. Enum.GetValues(type).Cast<object>().Select(v => new ContractMember($"value {Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)}", v.ToString()!))]);

    private static ContractEntry GrainInterface(Type type)
    {
        var members = new List<ContractMember> { new("key", KeyOf(type)) };
        members.AddRange(type.GetInterfaces().Where(IsGrainInterface).Select(i => new ContractMember($"extends {TypeNames.Of(i)}", "yes")));
        foreach (var method in type.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
        {
            var name = Attribute(method, "Orleans.AliasAttribute")?.ConstructorArguments[0].Value as string ?? method.Name;
            var flags = string.Concat(new[] { "OneWay", "ReadOnly", "AlwaysInterleave" }
                .Where(flag => Has(method, $"Orleans.Concurrency.{flag}Attribute")).Select(flag => $" [{flag}]"));
            var parameters = string.Join(", ", method.GetParameters().Select(p => TypeNames.Of(p.ParameterType)));
            members.Add(new ContractMember($"method {name}", $"({parameters}) -> {TypeNames.Of(method.ReturnType)}{flags}"));
        }
        return new ContractEntry("grain-interface", TypeNames.Of(type), members);
    }

    private static ContractEntry GrainClass(Type type)
    {
        var name = Attribute(type, "Orleans.GrainTypeAttribute")?.ConstructorArguments[0].Value as string ?? $"(unpinned) {type.FullName}";
        var members = new List<ContractMember>
        {
            new("interfaces", string.Join(", ", type.GetInterfaces().Where(IsGrainInterface).Select(TypeNames.Of).Order(StringComparer.Ordinal))),
        };
        if (Keel.Grains.Services.KeelModule.Of(type) is { } module && !type.GetCustomAttributesData().Any(a => a.AttributeType.Name == "KeelServiceAttribute"))
        {
            members.Add(new ContractMember("service", module.Name)); // placed by its module (Keel.Grains.Services.ModulePlacement)
        }
        foreach (var attribute in type.GetCustomAttributesData())
        {
            var attributeName = attribute.AttributeType.Name;
            if (attributeName == "ImplicitStreamSubscriptionAttribute")
            {
                members.Add(new ContractMember($"implicit-subscription {attribute.ConstructorArguments[0].Value}", "yes"));
            }
            else if (attribute.AttributeType.IsSubclassOf(typeof(Attribute)) && attributeName.EndsWith("ServiceAttribute", StringComparison.Ordinal)
                && attribute.ConstructorArguments is [{ Value: string service }])
            {
                members.Add(new ContractMember("service", service));
            }
        }
        return new ContractEntry("grain-type", name, members);
    }

    /// <summary>Keel's storage and provider names (<c>KeelNames</c>) and the number of delivery streams per service.</summary>
    private static ContractEntry Names(IEnumerable<Type> types)
    {
        var members = new List<ContractMember>();
        foreach (var type in types.Where(t => t.Name is "KeelNames" or "DeliveryStreams"))
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            {
                members.Add(new ContractMember($"{type.Name}.{field.Name}", Convert.ToString(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)!));
            }
        }
        return new ContractEntry("names", "keel", members);
    }

    private static string KeyOf(Type grainInterface)
    {
        var all = grainInterface.GetInterfaces().Select(i => i.FullName).ToHashSet(StringComparer.Ordinal);
        return all switch
        {
            _ when all.Contains("Orleans.IGrainWithGuidCompoundKey") => "guid+string",
            _ when all.Contains("Orleans.IGrainWithIntegerCompoundKey") => "integer+string",
            _ when all.Contains("Orleans.IGrainWithGuidKey") => "guid",
            _ when all.Contains("Orleans.IGrainWithStringKey") => "string",
            _ when all.Contains("Orleans.IGrainWithIntegerKey") => "integer",
            _ when all.Contains("Orleans.IGrainObserver") => "observer",
            _ => "none",
        };
    }

    private static bool IsGrainInterface(Type type) =>
        type.IsInterface && type.Assembly.GetName().Name!.StartsWith("Keel.", StringComparison.Ordinal)
        && type.GetInterfaces().Any(i => i.FullName is "Orleans.IGrain" or "Orleans.IGrainObserver");

    private static bool IsGrainClass(Type type) =>
        type is { IsClass: true, IsAbstract: false } && type.Namespace?.StartsWith("OrleansCodeGen", StringComparison.Ordinal) != true
        && type.GetInterfaces().Any(i => i.FullName == "Orleans.IGrain");

    private static IEnumerable<Type> TypesOf(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.OfType<Type>();
        }
    }

    private static CustomAttributeData? Attribute(MemberInfo member, string fullName) =>
        member.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.FullName == fullName);

    private static bool Has(MemberInfo member, string fullName) => Attribute(member, fullName) is not null;

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
