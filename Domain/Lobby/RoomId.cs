using System.Globalization;

namespace Keel.Domain.Lobby;

/// <summary>
/// Identifies a room: <c>friends-{code}</c> for a friends room (so <c>friends:{code}</c> finds it without an index),
/// <c>global2-{n}</c> for the n-th shared two-player room.
/// </summary>
public sealed record RoomId : IValue<string>
{
    private const string FriendsPrefix = "friends-";
    private const string GlobalPrefix = "global2-";

    private RoomId(string value, RoomKind kind, RoomCode? code)
    {
        Value = value;
        Kind = kind;
        Code = code;
    }

    public string Value { get; }

    public RoomKind Kind { get; }

    /// <summary>The code others join a friends room with; null for a global room.</summary>
    public RoomCode? Code { get; }

    /// <summary>The address that joins this room: <c>friends:{code}</c>, or <c>global:2</c>.</summary>
    public string Address => Code is { } code ? $"friends:{code}" : $"global:{RoomAddress.GlobalSeats}";

    public static RoomId Friends(RoomCode code) => new(FriendsPrefix + code.Value, RoomKind.Friends, code);

    public static RoomId Global(int number) => number >= 1
        ? new(GlobalPrefix + number.ToString(CultureInfo.InvariantCulture), RoomKind.Global, null)
        : throw new ArgumentOutOfRangeException(nameof(number), number, "Global rooms are numbered from 1.");

    public static bool TryParse(string? text, out RoomId id)
    {
        id = null!;
        if (text?.StartsWith(FriendsPrefix, StringComparison.Ordinal) == true
            && RoomCode.TryParse(text[FriendsPrefix.Length..], out var code))
        {
            id = Friends(code);
        }
        else if (text?.StartsWith(GlobalPrefix, StringComparison.Ordinal) == true
            && int.TryParse(text[GlobalPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1)
        {
            id = Global(number);
        }
        // One spelling per room: "friends-abcdef" or "global2-007" name no room.
        return id is not null && id.Value == text;
    }

    public static RoomId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a room id.");

    public override string ToString() => Value;
}
