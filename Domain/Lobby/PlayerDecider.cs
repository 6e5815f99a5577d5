namespace Keel.Domain.Lobby;

/// <summary>
/// Decides a player's seat and wait mode. Every <see cref="PlayerEvent.Unseated"/> it decides is a room the host
/// must leave before the event is recorded.
/// </summary>
public sealed class PlayerDecider : IDecider<PlayerCommand, Player, PlayerEvent, NoRejection>
{
    private PlayerDecider() { }

    public static Decision<PlayerEvent, NoRejection> Decide(PlayerCommand command, Player state) => (command, state) switch
    {
        (PlayerCommand.JoinRoom c, { RoomId: var room }) when room == c.Room => Decision<PlayerEvent, NoRejection>.Nothing,
        (PlayerCommand.JoinRoom c, { RoomId: null }) => Decision<PlayerEvent, NoRejection>.Emit(new PlayerEvent.Seated(c.Room)),
        (PlayerCommand.JoinRoom c, { RoomId: { } first }) =>
            Decision<PlayerEvent, NoRejection>.Emit(new PlayerEvent.Unseated(first), new PlayerEvent.Seated(c.Room)),
        (PlayerCommand.LeaveAllRooms, { RoomId: { } room }) => Decision<PlayerEvent, NoRejection>.Emit(new PlayerEvent.Unseated(room)),
        (PlayerCommand.LeaveAllRooms, _) => Decision<PlayerEvent, NoRejection>.Nothing,
        (PlayerCommand.UpdateWaitMode c, _) when c.Mode == state.WaitMode => Decision<PlayerEvent, NoRejection>.Nothing,
        (PlayerCommand.UpdateWaitMode c, _) => Decision<PlayerEvent, NoRejection>.Emit(new PlayerEvent.WaitModeUpdated(c.Mode)),
        (PlayerCommand.GoOffline, _) => Decision<PlayerEvent, NoRejection>.Emit([.. GoOffline(state)]),
        (PlayerCommand.GoOnline, { Online: false }) => Decision<PlayerEvent, NoRejection>.Emit(new PlayerEvent.PresenceUpdated(true)),
        (PlayerCommand.GoOnline, _) => Decision<PlayerEvent, NoRejection>.Nothing,
        (PlayerCommand.RecordRefusal c, _) => Decision<PlayerEvent, NoRejection>.Emit(new PlayerEvent.JoinRefused(c.Address, c.Reason)),
        _ => throw new InvalidOperationException($"Unhandled {command.GetType().Name}."),
    };

    /// <summary>An offline player is told so once; the wait mode decides whether they keep their seat.</summary>
    private static IEnumerable<PlayerEvent> GoOffline(Player state)
    {
        if (state.Online)
        {
            yield return new PlayerEvent.PresenceUpdated(false);
        }
        if (state is { WaitMode: WaitMode.OnlineOnly, RoomId: { } room })
        {
            yield return new PlayerEvent.Unseated(room);
        }
    }
}
