namespace Keel.Domain.Lobby;

/// <summary>The two kinds of room, each with fixed stakes (<see cref="Stakes.Of"/>).</summary>
public enum RoomKind
{
    /// <summary>Private: opened with <c>friends:new:{seats}</c>, joined with <c>friends:{code}</c>.</summary>
    Friends = 1,

    /// <summary>Shared: <c>global:2</c> seats a player in the open two-player room.</summary>
    Global = 2,
}
