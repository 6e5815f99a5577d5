using Keel.Domain.Games;
using Keel.Domain.Lobby;

namespace Keel.Grains.Interfaces.Games;

/// <summary>A game's record.</summary>
/// <param name="GameId">The game's id: the id of the room it was played from.</param>
/// <param name="RoomId">The room whose filling up started it.</param>
/// <param name="Table">Who sits where.</param>
/// <param name="Pot">The buy-ins after tax.</param>
/// <param name="StartedAt">When the game started (UTC).</param>
[GenerateSerializer, Immutable, Alias("keel.games.game-view.v1")]
public sealed record GameView(
    [property: Id(0)] string GameId,
    [property: Id(1)] string RoomId,
    [property: Id(2)] IReadOnlyList<TakenSeat> Table,
    [property: Id(3)] int Pot,
    [property: Id(4)] DateTimeOffset StartedAt)
{
    /// <summary>The game <paramref name="gameId"/> as it is in <paramref name="state"/>, or null when it has not started.</summary>
    public static GameView? Of(string gameId, Game state) =>
        state is Game.Started s ? new(gameId, s.Room.Value, s.Table.Seats, s.Pot, s.StartedAt) : null;
}
