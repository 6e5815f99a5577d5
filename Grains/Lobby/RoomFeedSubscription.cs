using Keel.Domain.Lobby;
using Keel.Grains.Interfaces.Lobby;
using Keel.Grains.Interfaces;
using Keel.Grains.Messaging;
using Keel.Grains.Placement;

namespace Keel.Grains.Lobby;

/// <summary>Passes each room event from the Lobby's stream to the gateways watching that room (one call per event, not per player).</summary>
[KeelService(LobbyService.Name)]
[GrainType("keel.lobby.room-feed-subscription")]
[ImplicitStreamSubscription(LobbyService.Name)]
internal sealed class RoomFeedSubscription : SubscriptionGrain
{
    protected override Task HandleAsync(EventEnvelope envelope) => envelope.Event switch
    {
        RoomEvent.Created e => PublishAsync(e.RoomId.Value, envelope),
        RoomEvent.PlayerJoined e => PublishAsync(e.RoomId.Value, envelope),
        RoomEvent.PlayerLeft e => PublishAsync(e.RoomId.Value, envelope),
        RoomEvent.FilledUp e => PublishAsync(e.RoomId.Value, envelope),
        _ => Task.CompletedTask,
    };

    private Task PublishAsync(string roomId, EventEnvelope envelope) =>
        GrainFactory.GetGrain<ILobbyWatchersGrain>(LobbyWatch.Room(roomId)).PublishRoomEventAsync(envelope);
}
