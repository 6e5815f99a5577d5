
namespace Keel.Grains.Interfaces.Lobby;

/// <summary>A player's record of the room they sit in. Not published (the room publishes <see cref="PlayerJoinedRoom"/>).</summary>
[GenerateSerializer, Immutable, Alias("keel.lobby.player-seated.v1")]
public sealed record PlayerSeated([property: Id(0)] string RoomId) : IEvent;
