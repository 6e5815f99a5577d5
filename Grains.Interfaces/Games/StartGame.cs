using Keel.Domain.Lobby;

namespace Keel.Grains.Interfaces.Games;

/// <summary>Start the game of a room that filled up.</summary>
/// <param name="RoomId">The room.</param>
/// <param name="Table">Who sits where.</param>
/// <param name="Pot">The buy-ins after tax.</param>
[GenerateSerializer, Immutable, Alias("keel.games.start-game.v1")]
public sealed record StartGame(
    [property: Id(0)] string RoomId,
    [property: Id(1)] IReadOnlyList<TakenSeat> Table,
    [property: Id(2)] int Pot);
