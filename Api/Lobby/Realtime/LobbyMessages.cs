using System.Net.ServerSentEvents;
using Keel.Domain;
using Keel.Domain.Lobby;
using Keel.Grains.Interfaces.Lobby;
using Keel.Grains.Interfaces;

namespace Keel.Api.Lobby.Realtime;

/// <summary>What a player's connection is sent: room events under their event id, and refused joins (no id: not replayed).</summary>
internal static class LobbyMessages
{
    public const string JoinFailed = "join-failed";

    /// <summary>The message names, for the OpenAPI description.</summary>
    public const string Description =
        "Server-Sent Events, one per change in the player's room: `room-created` (RoomCreated), `player-joined` " +
        "(PlayerJoinedRoom), `player-left` (PlayerLeftRoom, with the refund), `room-filled-up` (RoomFilledUp, with the " +
        "table), and `join-failed` (JoinFailure) when one of the player's joins is refused. Room events carry the id " +
        "`{roomId}/{version}`: reconnecting with `Last-Event-ID` sends what was missed, in order, without repeats. On " +
        "connecting (or moving to another room) the room's events are sent from its first, so the client sees who sits there.";

    public static SseItem<object>? From(EventEnvelope envelope) => Name(envelope.Event) is { } name
        ? new SseItem<object>(envelope.Event, name) { EventId = envelope.EventId }
        : null;

    public static SseItem<object> From(JoinFailure failure) => new(failure, JoinFailed);

    public static string? RoomOf(IEvent @event) => @event switch
    {
        RoomEvent.Created e => e.RoomId.Value,
        RoomEvent.PlayerJoined e => e.RoomId.Value,
        RoomEvent.PlayerLeft e => e.RoomId.Value,
        RoomEvent.FilledUp e => e.RoomId.Value,
        _ => null,
    };

    private static string? Name(IEvent @event) => @event switch
    {
        RoomEvent.Created => "room-created",
        RoomEvent.PlayerJoined => "player-joined",
        RoomEvent.PlayerLeft => "player-left",
        RoomEvent.FilledUp => "room-filled-up",
        _ => null,
    };
}
