namespace Keel.Domain.Games;

/// <summary>A game starts once: a second start (a redelivered fill-up) changes nothing.</summary>
public sealed class GameDecider : IDecider<GameCommand, Game, GameEvent, NoRejection>
{
    private GameDecider() { }

    public static Decision<GameEvent, NoRejection> Decide(GameCommand command, Game state) => (command, state) switch
    {
        (GameCommand.Start c, Game.NotStarted) =>
            Decision<GameEvent, NoRejection>.Emit(new GameEvent.Started(c.Room, c.Table, c.Pot, c.Now)),
        (GameCommand.Start, Game.Started) => Decision<GameEvent, NoRejection>.Nothing,
        _ => throw new InvalidOperationException($"Unhandled {command.GetType().Name} in {state.GetType().Name}."),
    };
}
