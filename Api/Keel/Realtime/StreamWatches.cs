using System.Collections.Concurrent;
using Keel.Grains.EventLog;

namespace Keel.Api.Realtime;

/// <summary>
/// This process's watched streams. Appends reach them as they commit: those of this process from the event log itself
/// (<see cref="AppendFeed"/>), those of other processes from PostgreSQL's notifications (<see cref="IRemoteAppends"/>).
/// No lock is held across a read or a remote call; each stream has its own.
/// </summary>
public sealed class StreamWatches : IDisposable
{
    private readonly ConcurrentDictionary<string, StreamWatch> _streams = new(StringComparer.Ordinal);
    private readonly IEventLogReader _log;
    private readonly IDisposable _local;
    private readonly IDisposable? _remote;

    public StreamWatches(IEventLogReader log, AppendFeed local, IRemoteAppends? remote = null)
    {
        _log = log;
        _local = local.Subscribe((stream, events) =>
        {
            if (_streams.TryGetValue(stream, out var watch))
            {
                watch.Deliver(events);
            }
        });
        _remote = remote?.Subscribe(
            (stream, version) =>
            {
                if (_streams.TryGetValue(stream, out var watch))
                {
                    watch.Moved(version);
                }
            },
            () =>
            {
                foreach (var watch in _streams.Values)
                {
                    watch.Moved(null);
                }
            });
    }

    public IEventLogReader Log => _log;

    /// <summary>How many streams this process watches, and for how many listeners.</summary>
    public (int Streams, int Listeners) Count => (_streams.Count, _streams.Values.Sum(w => w.Count));

    /// <summary>Hands every new event of <paramref name="stream"/> to <paramref name="listener"/> until disposed.</summary>
    internal Listening Listen(string stream, long from, Action<IReadOnlyList<EventEnvelope>> listener)
    {
        while (true)
        {
            var watch = _streams.GetOrAdd(stream, s => new StreamWatch(s, _log));
            if (watch.TryAdd(listener, from))
            {
                return new Listening(this, watch, listener);
            }
            _streams.TryRemove(new KeyValuePair<string, StreamWatch>(stream, watch)); // closed meanwhile: start its successor
        }
    }

    public void Dispose()
    {
        _local.Dispose();
        _remote?.Dispose();
    }

    private void Stop(StreamWatch watch, Action<IReadOnlyList<EventEnvelope>> listener)
    {
        if (watch.Remove(listener))
        {
            _streams.TryRemove(new KeyValuePair<string, StreamWatch>(watch.Stream, watch));
        }
    }

    /// <summary>One listener of one stream, until disposed.</summary>
    internal sealed class Listening(StreamWatches watches, StreamWatch watch, Action<IReadOnlyList<EventEnvelope>> listener) : IDisposable
    {
        /// <summary>The listener has read the stream up to <paramref name="version"/> itself.</summary>
        public void Observe(long version) => watch.Observe(version);

        public void Dispose() => watches.Stop(watch, listener);
    }
}
