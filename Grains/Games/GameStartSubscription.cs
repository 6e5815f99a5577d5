using Keel.Grains.Interfaces.Games;
using Keel.Domain.Games;
using Keel.Domain.Lobby;
using Keel.Grains.Interfaces.Lobby;
using Microsoft.Extensions.Options;

namespace Keel.Grains.Games;

/// <summary>
/// The Games service's reaction to rooms filling up: a game record for each table, and its match dealt with the
/// service's turn time. A redelivered
/// fill-up changes neither (each aggregate has recorded the event's id).
/// </summary>
[GrainType("keel.games.game-start-subscription")]
[ImplicitStreamSubscription(LobbyService.Name)]
internal sealed class GameStartSubscription(IOptions<GamesOptions> options) : SubscriptionGrain
{
    protected override async Task HandleAsync(EventEnvelope envelope)
    {
        if (envelope.Event is RoomEvent.FilledUp e)
        {
            await GrainFactory.GetGrain<IGameGrain>(e.RoomId.Value).StartAsync(new StartGame(e.RoomId.Value, e.Table.Seats, e.Pot));
            await GrainFactory.GetGrain<IMatchGrain>(e.RoomId.Value).DealAsync(new MatchCommand.Deal(e.Table, Board.StartingCash, options.Value.TurnTime));
        }
    }
}
