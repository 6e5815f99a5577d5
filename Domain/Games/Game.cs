using Keel.Domain.Lobby;

namespace Keel.Domain.Games;

/// <summary>The record of one game, keyed by the room it was played from.</summary>
public abstract record Game : IState<Game, GameEvent>
{
    private Game() { }

    public static Game Initial { get; } = new NotStarted();

    /// <summary>Whether <paramref name="player"/> sits at this game's table.</summary>
    public bool IsSeated(PlayerId player) => this is Started s && s.Table.Of(player) is not null;

    public sealed record NotStarted : Game;

    public sealed record Started(RoomId Room, Table Table, int Pot, DateTimeOffset StartedAt) : Game;

    public static Game Evolve(Game state, GameEvent @event) => @event switch
    {
        GameEvent.Started e => new Started(e.RoomId, e.Table, e.Pot, e.StartedAt),
        _ => state,
    };
}
