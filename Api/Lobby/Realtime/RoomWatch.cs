using Keel.Grains.Interfaces.Lobby;
using Keel.Grains.Interfaces;

namespace Keel.Api.Lobby.Realtime;

/// <summary>
/// One room as this process watches it: the connections that follow it and its recent events. Each connection gets
/// every event after its position exactly once, in version order; a gap (a lost or overtaken delivery, a reconnect)
/// is filled from the recent events or, failing that, from the room's log.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The semaphore's wait handle is never created, so there is nothing to dispose; a watch dropped while a delivery waits must not throw.")]
internal sealed class RoomWatch(string roomId, IGrainFactory grains)
{
    private const int Recent = 64;

    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly List<PlayerFeed> _feeds = [];
    private readonly List<EventEnvelope> _recent = [];

    public string RoomId { get; } = roomId;

    public Task AttachAsync(PlayerFeed feed) => LockedAsync(async () =>
    {
        _feeds.Add(feed);
        await CatchUpAsync(feed, fromLog: false);
    });

    /// <summary>Sends the connection what the room recorded before it left; true when nobody follows the room any more.</summary>
    public Task<bool> DetachAsync(PlayerFeed feed, bool catchUp) => LockedAsync(async () =>
    {
        if (catchUp)
        {
            await CatchUpAsync(feed, fromLog: true);
        }
        _feeds.Remove(feed);
        return _feeds.Count == 0;
    });

    public Task DeliverAsync(EventEnvelope envelope) => LockedAsync(async () =>
    {
        Remember([envelope]);
        foreach (var feed in _feeds.ToArray())
        {
            if (envelope.Version == feed.Position!.Version + 1)
            {
                Send(feed, envelope);
            }
            else if (envelope.Version > feed.Position.Version)
            {
                await CatchUpAsync(feed, fromLog: false);
            }
        }
    });

    /// <summary>After this process's registration was lost (a silo went down), events may have gone by unseen.</summary>
    public Task CatchUpAllAsync() => LockedAsync(async () =>
    {
        foreach (var feed in _feeds.ToArray())
        {
            await CatchUpAsync(feed, fromLog: true);
        }
    });

    private async Task CatchUpAsync(PlayerFeed feed, bool fromLog)
    {
        var after = feed.Position!.Version;
        IReadOnlyList<EventEnvelope> missed;
        if (!fromLog && _recent.Count > 0 && _recent[0].Version <= after + 1)
        {
            missed = [.. _recent.Where(e => e.Version > after)];
        }
        else
        {
            missed = await grains.GetGrain<IRoomGrain>(RoomId).GetEventsAfterAsync(after);
            Remember(missed);
        }
        foreach (var envelope in missed.Where(e => e.Version > feed.Position.Version).OrderBy(e => e.Version))
        {
            Send(feed, envelope);
        }
    }

    private static void Send(PlayerFeed feed, EventEnvelope envelope)
    {
        feed.Position = feed.Position! with { Version = envelope.Version };
        if (LobbyMessages.From(envelope) is { } message)
        {
            feed.Send(message);
        }
    }

    /// <summary>Keeps the latest events as one run without gaps, so a run that covers a position is complete.</summary>
    private void Remember(IEnumerable<EventEnvelope> envelopes)
    {
        foreach (var envelope in envelopes)
        {
            var last = _recent.Count == 0 ? (long?)null : _recent[^1].Version;
            if (last is { } l && envelope.Version <= l)
            {
                continue;
            }
            if (last is { } previous && envelope.Version > previous + 1)
            {
                _recent.Clear();
            }
            _recent.Add(envelope);
            if (_recent.Count > Recent)
            {
                _recent.RemoveAt(0);
            }
        }
    }

    private async Task<T> LockedAsync<T>(Func<Task<T>> action)
    {
        await _lock.WaitAsync();
        try
        {
            return await action();
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task LockedAsync(Func<Task> action)
    {
        await _lock.WaitAsync();
        try
        {
            await action();
        }
        finally
        {
            _lock.Release();
        }
    }
}
