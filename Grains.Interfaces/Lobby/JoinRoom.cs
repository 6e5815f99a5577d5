namespace Keel.Grains.Interfaces.Lobby;

/// <summary>A request to take a seat.</summary>
/// <param name="Address"><c>friends:new:{seats}</c> (2 to 6) opens a friends room, <c>friends:{code}</c> joins one, <c>global:2</c> joins the open shared two-player room.</param>
[GenerateSerializer, Immutable, Alias("keel.lobby.join-room.v1")]
public sealed record JoinRoom([property: Id(0)] string Address);
