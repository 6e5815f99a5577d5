using Keel.Grains.Interfaces.Lobby;

namespace Keel.Grains.Interfaces.Games;

/// <summary>A game started.</summary>
[GenerateSerializer, Immutable, Alias("keel.games.game-started.v1")]
public sealed record GameStarted(
    [property: Id(0)] string RoomId,
    [property: Id(1)] IReadOnlyList<SeatView> Table,
    [property: Id(2)] int Pot,
    [property: Id(3)] DateTimeOffset StartedAt) : IEvent;
