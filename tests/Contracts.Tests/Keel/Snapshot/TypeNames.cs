namespace Keel.Contracts.Tests.Snapshot;

/// <summary>
/// Names types as the wire knows them: by their Orleans alias where they have one (so moving a type to another
/// namespace changes nothing), by a short name for the system's own types, by the full name otherwise.
/// </summary>
public static class TypeNames
{
    private static readonly Dictionary<Type, string> Primitives = new()
    {
        [typeof(string)] = "string", [typeof(int)] = "int32", [typeof(long)] = "int64", [typeof(uint)] = "uint32",
        [typeof(ulong)] = "uint64", [typeof(short)] = "int16", [typeof(byte)] = "byte", [typeof(bool)] = "bool",
        [typeof(double)] = "float64", [typeof(float)] = "float32", [typeof(decimal)] = "decimal", [typeof(Guid)] = "guid",
        [typeof(DateTimeOffset)] = "datetimeoffset", [typeof(DateTime)] = "datetime", [typeof(TimeSpan)] = "timespan",
        [typeof(object)] = "object", [typeof(byte[])] = "bytes", [typeof(void)] = "void",
    };

    /// <summary>Renders <paramref name="type"/>: a Domain type by the name it travels under, a Domain value as the value it wraps.</summary>
    public static string Of(Type type)
    {
        if (Primitives.TryGetValue(type, out var primitive))
        {
            return primitive;
        }
        if (type.IsGenericParameter)
        {
            return type.Name;
        }
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Of(underlying) + "?";
        }
        if (type.IsArray)
        {
            return Of(type.GetElementType()!) + "[]";
        }
        var shape = Keel.Grains.Interfaces.Wire.DomainWire.ShapeOf(type);
        switch (shape.Kind)
        {
            case Keel.Grains.Interfaces.Wire.WireKind.Value:
                return Of(shape.ValueType!); // a Domain value travels as the value it wraps
            case Keel.Grains.Interfaces.Wire.WireKind.Record or Keel.Grains.Interfaces.Wire.WireKind.Enum:
                return shape.Name;
        }
        var alias = type.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.FullName == "Orleans.AliasAttribute")
            ?.ConstructorArguments[0].Value as string;
        var name = alias ?? (IsSystem(type) ? BareName(type) : (type.IsGenericType ? type.GetGenericTypeDefinition() : type).FullName ?? type.Name);
        if (!type.IsGenericType)
        {
            return name;
        }
        return $"{(alias is null ? StripArity(name) : name)}<{string.Join(", ", type.GetGenericArguments().Select(Of))}>";
    }

    /// <summary>
    /// A field's declared type: the wire carries only its shape (the value's own type is written when it differs), so a
    /// declared type without an alias is named without its namespace — moving it changes nothing on the wire.
    /// </summary>
    public static string OfField(Type type)
    {
        var name = Of(type);
        return type.FullName is { } full && name == full ? type.Name : name;
    }

    private static bool IsSystem(Type type) => type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true
        || type.Namespace?.StartsWith("Orleans", StringComparison.Ordinal) == true;

    private static string BareName(Type type) => type.Name;

    private static string StripArity(string name) => name.IndexOf('`', StringComparison.Ordinal) is var tick and >= 0 ? name[..tick] : name;
}
