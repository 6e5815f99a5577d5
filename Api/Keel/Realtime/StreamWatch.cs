using Keel.Grains.EventLog;

namespace Keel.Api.Realtime;

/// <summary>
/// One stream as this process watches it, for however many connections: each new event of the stream is handed to
/// every connection's session as it commits. A session keeps its own position and fills any gap from the log, so a
/// watch needs no registration anywhere and nothing is lost when a silo goes away.
/// </summary>
internal sealed class StreamWatch(string stream, IEventLogReader log)
{
    private readonly Lock _gate = new();
    private Action<IReadOnlyList<EventEnvelope>>[] _listeners = [];
    private long _known;
    private bool _reading;
    private bool _readAgain;
    private bool _closed;

    public string Stream { get; } = stream;

    public int Count => _listeners.Length;

    /// <summary>Adds the listener; false when the watch was closed (its last listener left): watch anew.</summary>
    public bool TryAdd(Action<IReadOnlyList<EventEnvelope>> listener, long from)
    {
        lock (_gate)
        {
            if (_closed)
            {
                return false;
            }
            _listeners = [.. _listeners, listener];
            _known = Math.Max(_known, from);
            return true;
        }
    }

    /// <summary>Removes the listener; true when it was the last, which closes the watch.</summary>
    public bool Remove(Action<IReadOnlyList<EventEnvelope>> listener)
    {
        lock (_gate)
        {
            _listeners = [.. _listeners.Where(l => l != listener)];
            _closed = _listeners.Length == 0;
            return _closed;
        }
    }

    /// <summary>A listener has read the stream up to <paramref name="version"/>: what other processes append after it is read for it.</summary>
    public void Observe(long version)
    {
        lock (_gate)
        {
            _known = Math.Max(_known, version);
        }
    }

    /// <summary>Events appended in this process, as they committed.</summary>
    public void Deliver(IReadOnlyList<EventEnvelope> events)
    {
        Action<IReadOnlyList<EventEnvelope>>[] listeners;
        lock (_gate)
        {
            _known = Math.Max(_known, events[^1].Version);
            listeners = _listeners;
        }
        foreach (var listener in listeners)
        {
            listener(events);
        }
    }

    /// <summary>Another process appended up to <paramref name="version"/> (or may have: <c>null</c>): read what is new.</summary>
    public void Moved(long? version)
    {
        lock (_gate)
        {
            if (_known == 0 || (version is { } v && v <= _known))
            {
                return; // nothing new; or nobody has started from a position yet, and each session reads its own start
            }
            if (_reading)
            {
                _readAgain = true;
                return;
            }
            _reading = true;
        }
        _ = ReadAsync();
    }

    private async Task ReadAsync()
    {
        while (true)
        {
            long after;
            lock (_gate)
            {
                after = _known;
                _readAgain = false;
            }
            try
            {
                var events = await log.ReadAsync(Stream, after);
                if (events.Count > 0)
                {
                    Deliver(events);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The next notice, or the session's own gap check, reads again.
            }
            lock (_gate)
            {
                if (!_readAgain)
                {
                    _reading = false;
                    return;
                }
            }
        }
    }
}
