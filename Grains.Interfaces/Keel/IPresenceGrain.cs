namespace Keel.Grains.Interfaces;

/// <summary>
/// One caller's presence, keyed by the token's subject: which processes hold a realtime connection of theirs. The
/// first connection anywhere makes them online; once none is left for a grace period they are offline. Services
/// hear of each change (<c>KeelModule.PresenceChangedAsync</c>).
/// </summary>
[Alias("keel.IPresenceGrain")]
public interface IPresenceGrain : IGrainWithStringKey
{
    /// <summary><paramref name="process"/> holds a connection of the caller (sent again now and then while it does).</summary>
    [Alias("connected")]
    Task ConnectedAsync(string process);

    /// <summary>The last connection of the caller on <paramref name="process"/> closed.</summary>
    [Alias("disconnected")]
    Task DisconnectedAsync(string process);

    [Alias("online"), ReadOnly]
    Task<bool> IsOnlineAsync();
}
