using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Keel.Grains.Interfaces.Wire;

/// <summary>How a Domain type is written: a record (its positional parameters are fields 0, 1, …), a value written as
/// the plain value it wraps, or an enum; or not at all.</summary>
public enum WireKind
{
    None,
    Record,
    Value,
    Enum,
}

/// <summary>One field of a record: its id (the parameter's position), name and declared type.</summary>
public sealed record WireField(int Id, string Name, Type Type, PropertyInfo Property);

/// <summary>
/// What Keel derives from a Domain type to put it on the wire and on disk, read once by reflection. Ids are positions:
/// append new parameters at the end, never reorder (the contract gate checks it).
/// </summary>
public sealed class WireShape
{
    private WireShape(Type type, WireKind kind)
    {
        Type = type;
        Kind = kind;
        Name = kind == WireKind.None ? "" : WireNames.Of(type);
    }

    public Type Type { get; }

    public WireKind Kind { get; }

    public string Name { get; }

    public IReadOnlyList<WireField> Fields { get; private init; } = [];

    /// <summary>Builds the record from its field values, in id order.</summary>
    public Func<object?[], object>? Create { get; private init; }

    /// <summary>For a value: the type of the value it wraps, its getter and how it is restored.</summary>
    public Type? ValueType { get; private init; }

    public PropertyInfo? ValueProperty { get; private init; }

    public MethodBase? Restore { get; private init; }

    public static WireShape Of(Type type)
    {
        if (!WireNames.IsServiceType(type) || type.IsInterface || type.IsAbstract || type.IsGenericTypeDefinition
            || type.IsDefined(typeof(CompilerGeneratedAttribute), false))
        {
            return new WireShape(type, WireKind.None);
        }
        if (type.IsEnum)
        {
            return new WireShape(type, WireKind.Enum);
        }
        return ValueOf(type) ?? RecordOf(type) ?? new WireShape(type, WireKind.None);
    }

    /// <summary>The default of a field the payload lacks: the parameter's own default, else the type's.</summary>
    public object? DefaultOf(int id)
    {
        var parameter = ((ConstructorInfo)Restore!).GetParameters()[id];
        if (parameter.HasDefaultValue && parameter.DefaultValue is { } value)
        {
            return value;
        }
        return parameter.ParameterType.IsValueType && Nullable.GetUnderlyingType(parameter.ParameterType) is null
            ? RuntimeHelpers.GetUninitializedObject(parameter.ParameterType)
            : null;
    }

    private static WireShape? ValueOf(Type type)
    {
        var contract = type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(Domain.IValue<>));
        if (contract is null)
        {
            return null;
        }
        var valueType = contract.GetGenericArguments()[0];
        var restore = (MethodBase?)Factory(type, "Parse", valueType) ?? (MethodBase?)Factory(type, "From", valueType)
            ?? type.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, [valueType])
            ?? throw new InvalidOperationException($"{type.FullName} is an IValue<{valueType.Name}> but has no Parse, From or constructor taking a {valueType.Name}.");
        return new WireShape(type, WireKind.Value)
        {
            ValueType = valueType,
            ValueProperty = contract.GetProperty(nameof(Domain.IValue<object>.Value)),
            Restore = restore,
        };
    }

    private static MethodInfo? Factory(Type type, string name, Type valueType) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [valueType]) is { } method && method.ReturnType == type ? method : null;

    private static WireShape? RecordOf(Type type)
    {
        if (type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is null)
        {
            return null; // not a record: deciders, helpers
        }
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        // The primary constructor: every parameter is a property of the same name and type (the copy constructor is not).
        var constructor = type.GetConstructors()
            .Where(c => c.GetParameters().All(p => p.ParameterType != type
                && properties.Any(property => property.Name == p.Name && property.PropertyType == p.ParameterType)))
            .MaxBy(c => c.GetParameters().Length);
        if (constructor is null)
        {
            return null;
        }
        var parameters = constructor.GetParameters();
        var values = Expression.Parameter(typeof(object?[]), "values");
        var create = Expression.Lambda<Func<object?[], object>>(Expression.Convert(Expression.New(constructor, parameters.Select((p, i) =>
            Expression.Convert(Expression.ArrayIndex(values, Expression.Constant(i)), p.ParameterType))), typeof(object)), values).Compile();
        return new WireShape(type, WireKind.Record)
        {
            Fields = [.. parameters.Select((p, i) => new WireField(i, p.Name!, p.ParameterType, properties.Single(property => property.Name == p.Name)))],
            Create = create,
            Restore = constructor,
        };
    }
}
