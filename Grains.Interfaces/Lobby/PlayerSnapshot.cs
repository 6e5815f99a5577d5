namespace Keel.Grains.Interfaces.Lobby;

/// <summary>A player's state as its snapshot stores it.</summary>
[GenerateSerializer, Immutable, Alias("keel.lobby.player-snapshot.v1")]
public sealed record PlayerSnapshot([property: Id(0)] PlayerWaitMode WaitMode, [property: Id(1)] string? RoomId);
