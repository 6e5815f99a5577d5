namespace Keel.Domain;

/// <summary>
/// Pins the name a type travels and rests under. Without it a type's name is derived from where it is declared
/// (<c>keel.{service}.{outer}.{name}.v1</c>, kebab-cased): pin a name before renaming or moving a type whose values are
/// stored, and never reuse one. Names are a storage contract, checked by the contract gate.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum, Inherited = false)]
public sealed class WireNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
