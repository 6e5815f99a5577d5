
namespace Keel.Grains.EventLog;

/// <summary>
/// Every append that committed in this process, as it commits: its stream and new events. The event log raises it
/// after the commit, on the committing thread, so a listener must not block (the realtime hub hands events on and
/// returns). Appends committed by other processes arrive through <see cref="IRemoteAppends"/>.
/// </summary>
public sealed class AppendFeed
{
    private volatile Action<string, IReadOnlyList<EventEnvelope>>[] _listeners = [];
    private readonly Lock _gate = new();

    public IDisposable Subscribe(Action<string, IReadOnlyList<EventEnvelope>> listener)
    {
        lock (_gate)
        {
            _listeners = [.. _listeners, listener];
        }
        return new Subscription(this, listener);
    }

    public void Publish(string stream, IReadOnlyList<EventEnvelope> events)
    {
        foreach (var listener in _listeners)
        {
            listener(stream, events);
        }
    }

    private void Remove(Action<string, IReadOnlyList<EventEnvelope>> listener)
    {
        lock (_gate)
        {
            _listeners = [.. _listeners.Where(l => l != listener)];
        }
    }

    private sealed class Subscription(AppendFeed feed, Action<string, IReadOnlyList<EventEnvelope>> listener) : IDisposable
    {
        public void Dispose() => feed.Remove(listener);
    }
}

/// <summary>Appends committed by other processes (PostgreSQL: LISTEN/NOTIFY), as (stream, its new version).</summary>
public interface IRemoteAppends
{
    IDisposable Subscribe(Action<string, long> appended, Action missedSome);
}
