using Keel.Grains.Interfaces.Games;
using Keel.Grains.Interfaces.Lobby;
using Keel.Grains.Interfaces;
using Keel.Grains.Messaging;
using Keel.Grains.Placement;

namespace Keel.Grains.Games;

/// <summary>The Games service's reaction to rooms filling up: a game record for each table.</summary>
[KeelService(GamesService.Name)]
[GrainType("keel.games.game-start-subscription")]
[ImplicitStreamSubscription(LobbyService.Name)]
internal sealed class GameStartSubscription : SubscriptionGrain
{
    protected override Task HandleAsync(EventEnvelope envelope) => envelope.Event switch
    {
        RoomFilledUp e => GrainFactory.GetGrain<IGameGrain>(e.RoomId).StartAsync(new StartGame(e.RoomId, e.Table, e.Pot)),
        _ => Task.CompletedTask,
    };
}
