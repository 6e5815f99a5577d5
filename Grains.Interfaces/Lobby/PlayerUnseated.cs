
namespace Keel.Grains.Interfaces.Lobby;

/// <summary>A player's record of leaving a room. Not published (the room publishes <see cref="PlayerLeftRoom"/>).</summary>
[GenerateSerializer, Immutable, Alias("keel.lobby.player-unseated.v1")]
public sealed record PlayerUnseated([property: Id(0)] string RoomId) : IEvent;
