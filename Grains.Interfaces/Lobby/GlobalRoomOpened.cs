
namespace Keel.Grains.Interfaces.Lobby;

/// <summary>Shared room <paramref name="Number"/> became the open one. Not published.</summary>
[GenerateSerializer, Immutable, Alias("keel.lobby.global-room-opened.v1")]
public sealed record GlobalRoomOpened([property: Id(0)] int Number) : IEvent;
