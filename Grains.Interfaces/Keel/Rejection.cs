
namespace Keel.Grains.Interfaces;

/// <summary>Why a command was refused.</summary>
/// <param name="Code">Stable machine-readable code, for example <c>users.email-taken</c>.</param>
/// <param name="Detail">A sentence for humans.</param>
/// <param name="Kind">The family of the rejection.</param>
/// <param name="Errors">For <see cref="RejectionKind.Invalid"/>: the messages per invalid field.</param>
[GenerateSerializer, Immutable, Alias("keel.rejection")]
public sealed record Rejection(
    [property: Id(0)] string Code,
    [property: Id(1)] string Detail,
    [property: Id(2)] RejectionKind Kind,
    [property: Id(3)] IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static Rejection Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new("validation", "One or more fields are invalid.", RejectionKind.Invalid, errors);

    /// <summary>A Domain rejection as callers read it: its code is derived from its type (<c>lobby.already-full</c>).</summary>
    public static Rejection Of(IRejection reason) => new(Wire.WireNames.CodeOf(reason.GetType()), reason.Detail, reason.Kind, reason.Errors);
}
