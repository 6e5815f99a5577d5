using System.Diagnostics.CodeAnalysis;

namespace Keel.Grains.Interfaces;

/// <summary>The reply to a command: its value when accepted, or the rejection.</summary>
/// <param name="Value">What the command produced, when accepted.</param>
/// <param name="Rejection">Why it was refused, as the edge answers it.</param>
/// <param name="Reason">The Domain rejection itself, for callers that act on its type.</param>
[GenerateSerializer, Immutable, Alias("keel.command-result`1")]
public sealed record CommandResult<T>([property: Id(0)] T? Value, [property: Id(1)] Rejection? Rejection, [property: Id(2)] IRejection? Reason = null)
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool IsAccepted => Rejection is null;

    public static CommandResult<T> Accept(T value) => new(value, null);

    public static CommandResult<T> Reject(Rejection rejection) => new(default, rejection);

    public static CommandResult<T> Reject(IRejection reason) => new(default, Rejection.Of(reason), reason);
}
