namespace Keel.Domain.Lobby;

/// <summary>Moves the open shared room on when it fills; a report about a room that is no longer open changes nothing.</summary>
public sealed class GlobalRoomsDecider : IDecider<GlobalRoomsCommand, GlobalRooms, GlobalRoomsEvent, NoRejection>
{
    private GlobalRoomsDecider() { }

    public static Decision<GlobalRoomsEvent, NoRejection> Decide(GlobalRoomsCommand command, GlobalRooms state) => command switch
    {
        GlobalRoomsCommand.OpenNext c when c.Number == state.Open =>
            Decision<GlobalRoomsEvent, NoRejection>.Emit(new GlobalRoomsEvent.NextOpened(c.Number + 1)),
        GlobalRoomsCommand.OpenNext => Decision<GlobalRoomsEvent, NoRejection>.Nothing,
        _ => throw new InvalidOperationException($"Unhandled {command.GetType().Name}."),
    };
}
