namespace Keel.Grains.Interfaces.Lobby;

/// <summary>What going offline does to a waiting player's seat.</summary>
[GenerateSerializer, Alias("keel.lobby.wait-mode.v1")]
public enum PlayerWaitMode
{
    /// <summary>Going offline gives the seat up (the default).</summary>
    OnlineOnly = 1,

    /// <summary>The seat is kept while the player is offline.</summary>
    OnlineAndOffline = 2,
}
