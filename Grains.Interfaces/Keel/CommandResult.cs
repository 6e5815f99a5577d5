using System.Diagnostics.CodeAnalysis;

namespace Keel.Grains.Interfaces;

/// <summary>The reply to a command: its value when accepted, or the rejection.</summary>
[GenerateSerializer, Immutable, Alias("keel.command-result`1")]
public sealed record CommandResult<T>([property: Id(0)] T? Value, [property: Id(1)] Rejection? Rejection)
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool IsAccepted => Rejection is null;

    public static CommandResult<T> Accept(T value) => new(value, null);

    public static CommandResult<T> Reject(Rejection rejection) => new(default, rejection);
}
