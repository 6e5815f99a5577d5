using System.Threading.Channels;

namespace Keel.Api.Realtime;

/// <summary>
/// One client connection following a watch: the aggregate it starts from and, when that one points at another (a
/// player's room), the one it points at now. Events arrive as they commit; each stream's are sent once, in version
/// order, a gap read from the log. A new watcher is first sent a view of the state, not its history; one that resumes
/// (Last-Event-ID) gets only the range it missed. A client that cannot keep up is closed, not buffered without bound.
/// </summary>
internal sealed class FeedSession(StreamWatches watches, IGrainFactory grains, IWatch watch) : IDisposable
{
    private const int Capacity = 512;

    private readonly Channel<(Level Level, IReadOnlyList<EventEnvelope> Events)> _inputs =
        Channel.CreateBounded<(Level, IReadOnlyList<EventEnvelope>)>(new BoundedChannelOptions(Capacity) { SingleReader = true });
    private Level? _root;
    private Level? _leaf;

    private readonly List<WatchMessage> _opening = [];

    /// <summary>
    /// Starts listening and reads where the client starts: the view (or what a resuming client missed) is ready to
    /// send. Called before the client is told the stream is open, so everything committed after it hears so is sent.
    /// </summary>
    public async Task OpenAsync(string key, FeedCursor? resume)
    {
        _root = await StartAsync(watch, key, watch.Followed is null ? resume : null, _opening);
        if (watch.Followed is { } followed && watch.FollowedKey(_root.State!) is { } target)
        {
            _leaf = await StartAsync(followed, target, resume?.Key == target ? resume : null, _opening);
        }
    }

    /// <summary>Sends what <see cref="OpenAsync"/> read, then each change as it commits, until cancelled.</summary>
    public async Task RunAsync(Func<WatchMessage, CancellationToken, ValueTask> send, CancellationToken cancellationToken)
    {
        if (_root is null)
        {
            throw new InvalidOperationException("Open the session before running it.");
        }
        var messages = _opening;
        var inputs = _inputs.Reader;
        do
        {
            while (inputs.TryRead(out var input))
            {
                await ReceiveAsync(input.Level, input.Events, messages);
            }
            foreach (var message in messages)
            {
                await send(message, cancellationToken);
            }
            messages.Clear();
        }
        while (await inputs.WaitToReadAsync(cancellationToken));
    }

    public void Dispose()
    {
        _root?.Listening?.Dispose();
        _leaf?.Listening?.Dispose();
        _inputs.Writer.TryComplete();
    }

    private async Task<Level> StartAsync(IWatch of, string key, FeedCursor? resume, List<WatchMessage> messages)
    {
        var level = new Level(of, key, of.StreamOf(grains, key));
        // Listen before reading, so that nothing committed after the read is missed (what both saw is sent once).
        var listening = level.Listening = watches.Listen(level.Stream, resume?.Version ?? 0, events => Push(level, events));
        if (resume is not null && of.Followed is null)
        {
            level.Version = resume.Version;
            await CatchUpAsync(level, messages);
            listening.Observe(level.Version);
            return level;
        }
        var loaded = await watches.Log.LoadAsync(level.Stream);
        var state = loaded.Snapshot?.State ?? of.Initial;
        level.Version = loaded.Snapshot?.Version ?? 0;
        foreach (var envelope in loaded.Events)
        {
            state = of.Evolve(state, envelope.Event);
            level.Version = envelope.Version;
        }
        // Only a level that points at another needs its state after the view: the others' events become messages as they are.
        level.State = level.IsLeaf ? null : state;
        listening.Observe(level.Version);
        if (level.IsLeaf && of.SnapshotOf(key, state, FeedCursor.Id(key, level.Version)) is { } snapshot)
        {
            messages.Add(snapshot);
        }
        return level;
    }

    private void Push(Level level, IReadOnlyList<EventEnvelope> events)
    {
        if (!_inputs.Writer.TryWrite((level, events)))
        {
            _inputs.Writer.TryComplete(new InvalidOperationException("The client did not keep up; it reconnects with its last event id."));
        }
    }

    private async Task ReceiveAsync(Level level, IReadOnlyList<EventEnvelope> events, List<WatchMessage> messages)
    {
        foreach (var envelope in events)
        {
            if (level != _root && level != _leaf)
            {
                return; // no longer followed
            }
            if (envelope.Version > level.Version + 1)
            {
                await CatchUpAsync(level, messages); // a gap: the log has what came between
            }
            if (envelope.Version == level.Version + 1)
            {
                await ApplyAsync(level, envelope, messages);
            }
        }
    }

    private async Task CatchUpAsync(Level level, List<WatchMessage> messages)
    {
        foreach (var envelope in await watches.Log.ReadAsync(level.Stream, level.Version))
        {
            if (envelope.Version == level.Version + 1)
            {
                await ApplyAsync(level, envelope, messages);
            }
        }
    }

    private async Task ApplyAsync(Level level, EventEnvelope envelope, List<WatchMessage> messages)
    {
        level.Version = envelope.Version;
        if (level.State is { } state)
        {
            level.State = level.Watch.Evolve(state, envelope.Event);
        }
        if (level.Watch.MessageOf(envelope.Event, level.IsLeaf ? FeedCursor.Id(level.Key, envelope.Version) : null) is { } message)
        {
            messages.Add(message);
        }
        if (level == _root && watch.Followed is { } followed)
        {
            var target = watch.FollowedKey(level.State!);
            if (target != _leaf?.Key)
            {
                await MoveAsync(followed, target, messages);
            }
        }
    }

    /// <summary>Leaves the followed aggregate — with what it recorded up to now, which caused the move — for the next.</summary>
    private async Task MoveAsync(IWatch followed, string? target, List<WatchMessage> messages)
    {
        if (_leaf is { } left)
        {
            await CatchUpAsync(left, messages);
            left.Listening?.Dispose();
            _leaf = null;
        }
        if (target is not null)
        {
            _leaf = await StartAsync(followed, target, null, messages);
        }
    }

    private sealed class Level(IWatch watch, string key, string stream)
    {
        public IWatch Watch { get; } = watch;

        public string Key { get; } = key;

        public string Stream { get; } = stream;

        /// <summary>Only the last aggregate in the chain gives its messages ids: a client resumes from its position there.</summary>
        public bool IsLeaf => Watch.Followed is null;

        public long Version { get; set; }

        /// <summary>Kept only where the chain goes on (<see cref="IsLeaf"/> false): what it points at is read from it.</summary>
        public object? State { get; set; }

        public StreamWatches.Listening? Listening { get; set; }
    }
}
