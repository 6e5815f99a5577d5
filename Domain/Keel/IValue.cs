namespace Keel.Domain;

/// <summary>
/// A validated value (an address, an id) that travels and rests as the plain value it wraps: a field of this type is
/// written exactly like a field of <typeparamref name="TValue"/>. It is restored through its static <c>Parse</c>,
/// <c>From</c> or constructor taking a <typeparamref name="TValue"/>, so a stored value is validated again.
/// </summary>
public interface IValue<out TValue>
{
    TValue Value { get; }
}
