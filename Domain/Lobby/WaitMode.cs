namespace Keel.Domain.Lobby;

/// <summary>What happens to a waiting player's seat when they go offline.</summary>
public enum WaitMode
{
    /// <summary>Going offline gives the seat up (the default).</summary>
    OnlineOnly = 1,

    /// <summary>The seat is kept while the player is offline.</summary>
    OnlineAndOffline = 2,
}
