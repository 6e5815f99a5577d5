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
        RoomCreated e => PublishAsync(e.RoomId, envelope),
        PlayerJoinedRoom e => PublishAsync(e.RoomId, envelope),
        PlayerLeftRoom e => PublishAsync(e.RoomId, envelope),
        RoomFilledUp e => PublishAsync(e.RoomId, envelope),
        _ => Task.CompletedTask,
    };

    private Task PublishAsync(string roomId, EventEnvelope envelope) =>
        GrainFactory.GetGrain<ILobbyWatchersGrain>(LobbyWatch.Room(roomId)).PublishRoomEventAsync(envelope);
}
