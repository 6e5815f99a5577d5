
namespace Keel.Grains.Interfaces.Lobby;

/// <summary>A player changed their wait mode. Kept by the player's record; not published.</summary>
[GenerateSerializer, Immutable, Alias("keel.lobby.wait-mode-updated.v1")]
public sealed record WaitModeUpdated([property: Id(0)] PlayerWaitMode Mode) : IEvent;
