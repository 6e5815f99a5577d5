namespace Keel.Domain.Lobby;

/// <summary>
/// One player in the lobby: their wait mode and the one room they took a seat in and have not left (by then it may
/// have filled up and be playing). The player's aggregate is where "at most one waiting room" is kept.
/// </summary>
public sealed record Player(WaitMode WaitMode, RoomId? Room) : IState<Player, PlayerEvent>
{
    public static Player Initial { get; } = new(WaitMode.OnlineOnly, null);

    public static Player Evolve(Player state, PlayerEvent @event) => @event switch
    {
        PlayerEvent.Seated e => state with { Room = e.Room },
        PlayerEvent.Unseated e when e.Room == state.Room => state with { Room = null },
        PlayerEvent.WaitModeUpdated e => state with { WaitMode = e.Mode },
        _ => state,
    };
}
