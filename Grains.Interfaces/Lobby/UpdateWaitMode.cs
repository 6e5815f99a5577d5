using Keel.Domain.Lobby;

namespace Keel.Grains.Interfaces.Lobby;

/// <summary>A request to change what going offline does to the player's seat.</summary>
/// <param name="Mode"><c>OnlineOnly</c> gives the seat up when the player goes offline; <c>OnlineAndOffline</c> keeps it.</param>
[GenerateSerializer, Immutable, Alias("keel.lobby.update-wait-mode.v1")]
public sealed record UpdateWaitMode([property: Id(0)] WaitMode Mode);
