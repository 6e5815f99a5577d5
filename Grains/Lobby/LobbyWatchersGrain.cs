using Keel.Grains.Interfaces.Lobby;
using Keel.Grains.Interfaces;
using Keel.Grains.Placement;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace Keel.Grains.Lobby;

/// <summary>The gateways watching a room or a player; held in memory: a gateway renews its registration well before it expires.</summary>
[KeelService(LobbyService.Name)]
[GrainType("keel.lobby.watchers")]
internal sealed class LobbyWatchersGrain(ILogger<LobbyWatchersGrain> logger) : Grain, ILobbyWatchersGrain
{
    /// <summary>How long a registration lives without renewal; gateways renew every third of it.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(60);

    private readonly ObserverManager<ILobbyWatcher> _watchers = new(Expiry, logger);

    public Task<bool> WatchAsync(ILobbyWatcher watcher)
    {
        var known = _watchers.Observers.ContainsKey(watcher);
        _watchers.Subscribe(watcher, watcher);
        return Task.FromResult(!known);
    }

    public Task UnwatchAsync(ILobbyWatcher watcher)
    {
        _watchers.Unsubscribe(watcher);
        if (_watchers.Count == 0)
        {
            DeactivateOnIdle();
        }
        return Task.CompletedTask;
    }

    public Task<int> CountAsync()
    {
        _watchers.ClearExpired();
        return Task.FromResult(_watchers.Count);
    }

    public Task PublishRoomEventAsync(EventEnvelope envelope) => Notify(w => w.OnRoomEventAsync(envelope));

    public Task PublishPlayerMovedAsync(string playerId) => Notify(w => w.OnPlayerMovedAsync(playerId));

    public Task PublishJoinFailedAsync(string playerId, JoinFailure failure) => Notify(w => w.OnJoinFailedAsync(playerId, failure));

    private Task Notify(Action<ILobbyWatcher> message)
    {
        if (_watchers.Count == 0)
        {
            // Nobody watches: do not keep an activation for every room that has events.
            DeactivateOnIdle();
            return Task.CompletedTask;
        }
        _watchers.Notify(message);
        return Task.CompletedTask;
    }
}
