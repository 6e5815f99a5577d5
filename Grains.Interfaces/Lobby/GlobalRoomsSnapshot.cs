namespace Keel.Grains.Interfaces.Lobby;

/// <summary>The shared rooms' state as its snapshot stores it: the open room's number.</summary>
[GenerateSerializer, Immutable, Alias("keel.lobby.global-rooms-snapshot.v1")]
public sealed record GlobalRoomsSnapshot([property: Id(0)] int Open);
