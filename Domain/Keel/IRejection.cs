namespace Keel.Domain;

/// <summary>
/// Why a command was refused, as a value: its family and a sentence for people. Its stable machine-readable code is
/// derived from where it is declared (<c>RoomRejection.AlreadyFull</c> in the Lobby is <c>lobby.already-full</c>), so
/// callers test the type, never a string.
/// </summary>
public interface IRejection
{
    RejectionKind Kind { get; }

    string Detail { get; }

    /// <summary>For <see cref="RejectionKind.Invalid"/>: the messages per invalid field.</summary>
    IReadOnlyDictionary<string, string[]>? Errors => null;
}
