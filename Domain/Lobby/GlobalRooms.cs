namespace Keel.Domain.Lobby;

/// <summary>
/// The shared two-player rooms: which one is open. Room 1 is open from the start; when the open room fills up, the
/// next one opens.
/// </summary>
[WireName("keel.lobby.global-rooms-snapshot.v1")]
public sealed record GlobalRooms(int Open) : IState<GlobalRooms, GlobalRoomsEvent>
{
    public static GlobalRooms Initial { get; } = new(1);

    public RoomId OpenRoom => RoomId.Global(Open);

    public static GlobalRooms Evolve(GlobalRooms state, GlobalRoomsEvent @event) => @event switch
    {
        GlobalRoomsEvent.NextOpened e => new GlobalRooms(e.Number),
        _ => state,
    };
}
