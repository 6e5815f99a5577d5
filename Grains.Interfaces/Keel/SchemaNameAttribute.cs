namespace Keel.Grains.Interfaces;

/// <summary>
/// The name HTTP clients know a Domain type by in the OpenAPI document, where it differs from the type's own name (a
/// contract record's name, from before the Domain type crossed the wire itself). A schema name is a client contract.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class SchemaNameAttribute(Type type, string name) : Attribute
{
    public Type Type { get; } = type;

    public string Name { get; } = name;
}
