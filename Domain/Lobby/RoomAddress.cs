using System.Globalization;

namespace Keel.Domain.Lobby;

/// <summary>Where a player asks to sit: a new friends room, an existing one by code, or the shared two-player room.</summary>
public abstract record RoomAddress
{
    public const int MinFriendsSeats = 2;
    public const int MaxFriendsSeats = 6;
    public const int GlobalSeats = 2;

    private RoomAddress() { }

    /// <summary><c>friends:new:{seats}</c>: open a friends room and take its first seat.</summary>
    public sealed record NewFriendsRoom(int Seats) : RoomAddress;

    /// <summary><c>friends:{code}</c>: join the friends room opened under this code.</summary>
    public sealed record FriendsRoom(RoomCode Code) : RoomAddress;

    /// <summary><c>global:2</c>: the open shared two-player room.</summary>
    public sealed record GlobalRoom : RoomAddress;

    /// <summary>Reads an address; anything else is <see cref="RoomRejection.BadAddress"/>.</summary>
    public static bool TryParse(string? text, out RoomAddress address, out RoomRejection.BadAddress rejection)
    {
        var (parsed, problem) = Read((text ?? "").Trim().Split(':'));
        address = parsed!;
        rejection = problem is null ? null! : new RoomRejection.BadAddress(text ?? "", problem);
        return problem is null;
    }

    private static (RoomAddress? Address, string? Problem) Read(string[] parts) => parts switch
    {
        ["friends", "new", var seats] => int.TryParse(seats, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= MinFriendsSeats and <= MaxFriendsSeats
            ? (new NewFriendsRoom(n), null)
            : (null, $"A friends room has {MinFriendsSeats} to {MaxFriendsSeats} seats."),
        ["friends", var code] => RoomCode.TryParse(code, out var parsed)
            ? (new FriendsRoom(parsed), null)
            : (null, $"A friends room code has {RoomCode.Length} characters from {RoomCode.Alphabet}."),
        ["global", "2"] => (new GlobalRoom(), null),
        ["global", _] => (null, $"The only shared room is global:{GlobalSeats}."),
        _ => (null, "An address is friends:new:{seats}, friends:{code} or global:2."),
    };
}
