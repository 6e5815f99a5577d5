using Keel.Grains.Interfaces.Games;
using Keel.Domain.Games;
using Keel.Domain.Lobby;

namespace Keel.Grains.Games;

[GrainType("keel.games.game")]
internal sealed class GameGrain(AggregateServices keel)
    : AggregateGrain<GameDecider, Game, GameCommand, GameEvent, NoRejection>(keel), IGameGrain
{
    public Task StartAsync(StartGame command) =>
        ExecuteAsync(new GameCommand.Start(RoomId.Parse(command.RoomId), new Table(command.Table), command.Pot, Now));

    public Task<GameView?> GetAsync() => Task.FromResult(GameView.Of(StreamKey, State));
}
