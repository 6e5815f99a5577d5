namespace Keel.Domain.Lobby;

/// <summary>
/// One player in the lobby: their wait mode, the one room they took a seat in and have not left (by then it may
/// have filled up and be playing), and whether they are online. The player's aggregate is where "at most one waiting
/// room" is kept.
/// </summary>
[WireName("keel.lobby.player-snapshot.v1")]
public sealed record Player(WaitMode WaitMode, RoomId? RoomId, bool Online = false) : IState<Player, PlayerEvent>
{
    public static Player Initial { get; } = new(WaitMode.OnlineOnly, null);

    public static Player Evolve(Player state, PlayerEvent @event) => @event switch
    {
        PlayerEvent.Seated e => state with { RoomId = e.RoomId },
        PlayerEvent.Unseated e when e.RoomId == state.RoomId => state with { RoomId = null },
        PlayerEvent.WaitModeUpdated e => state with { WaitMode = e.Mode },
        PlayerEvent.PresenceUpdated e => state with { Online = e.Online },
        _ => state,
    };
}
