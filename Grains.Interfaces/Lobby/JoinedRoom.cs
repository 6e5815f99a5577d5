namespace Keel.Grains.Interfaces.Lobby;

/// <summary>The room a join seated the player in.</summary>
/// <param name="Room">The room as it is after the join.</param>
/// <param name="Opened">Whether the join opened this room (<c>friends:new:{seats}</c>).</param>
[GenerateSerializer, Immutable, Alias("keel.lobby.joined-room.v1")]
public sealed record JoinedRoom([property: Id(0)] RoomView Room, [property: Id(1)] bool Opened);
