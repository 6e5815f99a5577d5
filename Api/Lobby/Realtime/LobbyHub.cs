using System.Collections.Concurrent;
using Keel.Grains.Interfaces.Lobby;
using Keel.Grains.Interfaces;
using Keel.Domain.Lobby;

namespace Keel.Api.Lobby.Realtime;

/// <summary>
/// This process's realtime gateway for the Lobby. However many connections follow a room or a player, the process
/// registers once with that room's (or player's) watchers grain, and fans each message out to its own connections.
/// Registrations are renewed on a timer; one that was lost (its silo went down) is followed by a catch-up from the log.
/// </summary>
internal sealed partial class LobbyHub(IGrainFactory grains, ILogger<LobbyHub> logger) : ILobbyWatcher, IDisposable
{
    private static readonly TimeSpan Renewal = TimeSpan.FromSeconds(20);

    private readonly SemaphoreSlim _moves = new(1, 1);
    private readonly ConcurrentDictionary<string, RoomWatch> _rooms = new();
    private readonly ConcurrentDictionary<string, List<PlayerFeed>> _players = new();
    private ILobbyWatcher? _self;
    private Timer? _renewal;

    /// <summary>Starts following <paramref name="player"/> for a new connection that last saw <paramref name="lastEventId"/>.</summary>
    public async Task<PlayerFeed> ConnectAsync(PlayerId player, string? lastEventId)
    {
        var feed = new PlayerFeed(player, RoomCursor.Parse(lastEventId));
        try
        {
            await FollowFirstAsync(feed);
        }
        catch
        {
            // The cluster did not answer (the caller gets 503): forget the connection that never started.
            await DisconnectAsync(feed);
            throw;
        }
        return feed;
    }

    private Task FollowFirstAsync(PlayerFeed feed) =>
        LockedAsync(async () =>
        {
            var feeds = _players.GetOrAdd(feed.Player.Value, _ => []);
            int count;
            lock (feeds)
            {
                feeds.Add(feed);
                count = feeds.Count;
            }
            if (count == 1)
            {
                await WatchAsync(LobbyWatch.Player(feed.Player.Value));
            }
            await FollowAsync(feed.Player.Value, [feed]);
        });

    public Task DisconnectAsync(PlayerFeed feed) => LockedAsync(async () =>
    {
        feed.Close();
        if (_players.TryGetValue(feed.Player.Value, out var feeds) && RemoveLast(feeds, feed))
        {
            _players.TryRemove(feed.Player.Value, out _);
            await UnwatchAsync(LobbyWatch.Player(feed.Player.Value));
        }
        await MoveAsync(feed, null, catchUp: false);
    });

    public Task OnRoomEventAsync(EventEnvelope envelope) =>
        LobbyMessages.RoomOf(envelope.Event) is { } roomId && _rooms.TryGetValue(roomId, out var room)
            ? Safely(() => room.DeliverAsync(envelope), roomId)
            : Task.CompletedTask;

    public Task OnPlayerMovedAsync(string playerId) =>
        Safely(() => LockedAsync(() => _players.TryGetValue(playerId, out var feeds) ? FollowAsync(playerId, Copy(feeds)) : Task.CompletedTask), playerId);

    public Task OnJoinFailedAsync(string playerId, JoinFailure failure)
    {
        if (_players.TryGetValue(playerId, out var feeds))
        {
            lock (feeds)
            {
                foreach (var feed in feeds)
                {
                    feed.Send(LobbyMessages.From(failure));
                }
            }
        }
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _renewal?.Dispose();
        _moves.Dispose();
    }

    private static PlayerFeed[] Copy(List<PlayerFeed> feeds)
    {
        lock (feeds)
        {
            return [.. feeds];
        }
    }

    /// <summary>Removes the connection; true when it was the player's last one here.</summary>
    private static bool RemoveLast(List<PlayerFeed> feeds, PlayerFeed feed)
    {
        lock (feeds)
        {
            return feeds.Remove(feed) && feeds.Count == 0;
        }
    }

    /// <summary>Points the connections at the room the player sits in now (the player's record is the truth).</summary>
    private async Task FollowAsync(string playerId, IReadOnlyList<PlayerFeed> feeds)
    {
        var room = (await grains.GetGrain<IPlayerGrain>(playerId).GetAsync()).RoomId;
        foreach (var feed in feeds)
        {
            await MoveAsync(feed, room, catchUp: true);
        }
    }

    private async Task MoveAsync(PlayerFeed feed, string? roomId, bool catchUp)
    {
        if (feed.Position?.RoomId == roomId)
        {
            return;
        }
        if (feed.Position is { } old && _rooms.TryGetValue(old.RoomId, out var left) && await left.DetachAsync(feed, catchUp))
        {
            _rooms.TryRemove(old.RoomId, out _);
            await UnwatchAsync(LobbyWatch.Room(old.RoomId));
        }
        feed.Position = null;
        if (roomId is null)
        {
            return;
        }
        var resume = feed.Resume?.RoomId == roomId ? feed.Resume.Version : 0;
        feed.Resume = null;
        feed.Position = new RoomCursor(roomId, resume);
        if (!_rooms.TryGetValue(roomId, out var room))
        {
            room = _rooms[roomId] = new RoomWatch(roomId, grains);
            await WatchAsync(LobbyWatch.Room(roomId));
        }
        await room.AttachAsync(feed);
    }

    private async Task<bool> WatchAsync(string key)
    {
        _renewal ??= new Timer(_ => _ = RenewAsync(), null, Renewal, Renewal);
        return await grains.GetGrain<ILobbyWatchersGrain>(key).WatchAsync(_self ??= grains.CreateObjectReference<ILobbyWatcher>(this));
    }

    /// <summary>Best effort: a registration not withdrawn expires by itself.</summary>
    private Task UnwatchAsync(string key) => Safely(() => grains.GetGrain<ILobbyWatchersGrain>(key).UnwatchAsync(_self!), key);

    private async Task RenewAsync()
    {
        foreach (var room in _rooms.Values)
        {
            await Safely(async () =>
            {
                if (await WatchAsync(LobbyWatch.Room(room.RoomId)))
                {
                    await room.CatchUpAllAsync();
                }
            }, room.RoomId);
        }
        foreach (var player in _players.Keys)
        {
            await Safely(async () =>
            {
                if (await WatchAsync(LobbyWatch.Player(player)))
                {
                    await OnPlayerMovedAsync(player);
                }
            }, player);
        }
    }

    private async Task LockedAsync(Func<Task> action)
    {
        await _moves.WaitAsync();
        try
        {
            await action();
        }
        finally
        {
            _moves.Release();
        }
    }

    /// <summary>A failed delivery or renewal is logged; the next renewal or message repairs what it missed.</summary>
    private async Task Safely(Func<Task> action, string subject)
    {
        try
        {
            await action();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogFailed(logger, ex, subject);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Realtime delivery for {Subject} failed; the next renewal catches up")]
    private static partial void LogFailed(ILogger logger, Exception exception, string subject);
}
