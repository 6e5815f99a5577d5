using Keel.Grains.Interfaces.Games;
using Keel.Domain.Lobby;
using Keel.Grains.Interfaces.Lobby;

namespace Keel.Grains.Games;

/// <summary>The Games service's reaction to rooms filling up: a game record for each table.</summary>
[GrainType("keel.games.game-start-subscription")]
[ImplicitStreamSubscription(LobbyService.Name)]
internal sealed class GameStartSubscription : SubscriptionGrain
{
    protected override Task HandleAsync(EventEnvelope envelope) => envelope.Event switch
    {
        RoomEvent.FilledUp e => GrainFactory.GetGrain<IGameGrain>(e.RoomId.Value).StartAsync(new StartGame(e.RoomId.Value, e.Table.Seats, e.Pot)),
        _ => Task.CompletedTask,
    };
}
