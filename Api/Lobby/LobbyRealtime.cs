using Keel.Domain.Lobby;
using Keel.Grains.Interfaces.Lobby;

namespace Keel.Api.Lobby;

/// <summary>The Lobby's realtime edge: a player's connection follows the room they sit in, live.</summary>
[ServiceEndpoints]
public static class LobbyRealtime
{
    private static readonly Watch<IRoomGrain, Room, RoomEvent> Rooms = new Watch<IRoomGrain, Room, RoomEvent>()
        .Snapshot("room", (_, room) => RoomView.Of(room)!)
        .On<RoomEvent.Created>("room-created")
        .On<RoomEvent.PlayerJoined>("player-joined")
        .On<RoomEvent.PlayerLeft>("player-left")
        .On<RoomEvent.FilledUp>("room-filled-up")
        .On<RoomEvent.Closed>("room-closed")
        .Complete();

    private static readonly Watch<IPlayerGrain, Player, PlayerEvent> Players = new Watch<IPlayerGrain, Player, PlayerEvent>()
        .Following(Rooms, player => player.RoomId?.Value)
        .On<PlayerEvent.JoinRefused>("join-failed", e => new JoinFailure(e.Address, Rejection.Of(e.Reason).Code, e.Reason.Detail))
        .Silent<PlayerEvent.Seated>()
        .Silent<PlayerEvent.Unseated>()
        .Silent<PlayerEvent.WaitModeUpdated>()
        .Silent<PlayerEvent.PresenceUpdated>()
        .Complete();

    public static RouteGroupBuilder MapLobbyRealtime(this IEndpointRouteBuilder routes) =>
        routes.MapGroup($"/lobby/players/{{{Lobby.Players.RouteValue}}}").WithTags("Lobby").DocumentsPlayer().ForThemselves()
            .MapWatch(Players, new("LobbyEvents", "LobbySocket", "the player's room",
                "One message per change in the room the player sits in: `room` (RoomView, first), `room-created` (RoomCreated), "
                + "`player-joined`, `player-left` (with the refund), `room-filled-up` (with the table), and `join-failed` "
                + "(JoinFailure, without an id) when one of the player's joins is refused."),
                http => ValueTask.FromResult(Lobby.Players.PlayerOf(http) is { } player
                    ? WatchTarget.Of(player.Value)
                    : WatchTarget.Refused(Problems.Invalid(Lobby.Players.RouteValue, LobbyEndpoints.BadPlayer))));
}
