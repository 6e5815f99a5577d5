using Keel.Grains.Interfaces.Games;
using Keel.Grains.Interfaces;
using Keel.Domain;
using Keel.Domain.Games;
using Keel.Domain.Lobby;
using Keel.Grains.EventLog;
using Keel.Grains.Lobby;
using Keel.Grains.Messaging;
using Keel.Grains.Placement;

namespace Keel.Grains.Games;

[KeelService(GamesService.Name)]
[GrainType("keel.games.game")]
internal sealed class GameGrain(IEventLog log, TimeProvider clock)
    : AggregateGrain<GameDecider, Game, GameCommand, GameEvent, NoRejection>(log, clock), IGameGrain
{
    protected override IEvent ToContract(GameEvent @event) => @event switch
    {
        GameEvent.Started e => new GameStarted(e.Room.Value, LobbyContracts.ToSeats(e.Table), e.Pot, e.StartedAt),
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Unmapped game event."),
    };

    protected override GameEvent FromContract(IEvent @event) => @event switch
    {
        GameStarted e => new GameEvent.Started(RoomId.Parse(e.RoomId), LobbyContracts.ToTable(e.Table), e.Pot, e.StartedAt),
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Unmapped game event."),
    };

    public Task StartAsync(StartGame command) =>
        ExecuteAsync(new GameCommand.Start(RoomId.Parse(command.RoomId), LobbyContracts.ToTable(command.Table), command.Pot, Now));

    public Task<GameView?> GetAsync() => Task.FromResult(State is Game.Started s
        ? new GameView(StreamKey, s.Room.Value, LobbyContracts.ToSeats(s.Table), s.Pot, s.StartedAt)
        : null);
}
