using System.Diagnostics;
using Keel.Grains.Alarms;
using Keel.Grains.Diagnostics;
using Keel.Grains.EventLog;
using Microsoft.Extensions.Logging;

namespace Keel.Grains.Messaging;

/// <summary>
/// Runs commands for one aggregate: load (snapshot + tail) → decide → append the new events → reply. The append is
/// also what delivers the events to subscriptions (the log is the outbox). A concrete grain names its decider; its
/// events and its state travel and rest as they are (Domain values on the wire: <see cref="Interfaces.Wire.DomainWire"/>).
/// </summary>
internal abstract partial class AggregateGrain<TDecider, TState, TCommand, TEvent, TRejection>(AggregateServices keel) : Grain, IAlarmTarget
    where TDecider : IDecider<TCommand, TState, TEvent, TRejection>
    where TState : IState<TState, TEvent>
    where TCommand : notnull
    where TEvent : IEvent
    where TRejection : notnull
{
    /// <summary>Events between snapshots, for aggregates that take them.</summary>
    protected const int SnapshotEvery = 100;

    private readonly HashSet<string> _causes = [];
    private long _version;
    private Alarmed _alarm = Alarmed.None;
    private long _fired;
    private long _snapshotVersion;
    private ILogger? _logger;
    private string? _service;
    private string? _stream;
    private string? _streamKey;
    private string? _command;
    private GrainId? _hosted;

    /// <summary>The host's clock: commands get their time from here, never from Domain.</summary>
    protected DateTimeOffset Now => keel.Clock.GetUtcNow();

    /// <summary>The namespace this aggregate's events are delivered on; null keeps them private.</summary>
    protected virtual string? StreamNamespace => null;

    /// <summary>
    /// The aggregate this activation decides for: its grain's own id, or, on a stateless worker running a creating
    /// command (<see cref="CreateAsync{TGrain,TResult}"/>), the id of the aggregate the command creates.
    /// </summary>
    protected GrainId AggregateId => _hosted ?? this.GetGrainId();

    /// <summary>The aggregate's id as its events carry it (their ids) and its delivery bucket is chosen.</summary>
    protected string StreamKey => _streamKey ??= AggregateId.Key.ToString()!;

    /// <summary>The aggregate's stream in the log: its grain id (pinned grain type + key).</summary>
    private string Stream => _stream ??= AggregateId.ToString();

    /// <summary>
    /// Whether to release the activation after this decision. By default after a change: most aggregates are touched
    /// once in a while. Commands that changed nothing (repeats, refusals) keep it, so calls queued behind it are not
    /// forwarded from activation to activation.
    /// </summary>
    protected virtual bool DeactivateAfter(Decision<TEvent, TRejection> decision) =>
        decision is Decision<TEvent, TRejection>.Accepted { Events.Count: > 0 };

    /// <summary>Effects that must happen before the events are recorded (for example handing a mail over). Must be idempotent.</summary>
    protected virtual Task BeforeRecordAsync(IReadOnlyList<TEvent> events) => Task.CompletedTask;

    /// <summary>
    /// Whether activation skips reading the log: for aggregates whose commands mostly create them (a user registered
    /// under the id its request minted). A command then decides on the initial state and appends at version 1; only
    /// when the log says the stream exists does the grain read it and decide again. Reads use <see cref="ReadStateAsync"/>.
    /// </summary>
    protected virtual bool AssumesNewStream => false;

    /// <summary>
    /// Whether other aggregates append to this one's stream (as a <see cref="PartnerAggregate{TDecider,TState,TCommand,TEvent,TRejection}"/>):
    /// the grain then reads what they wrote before each decision and read.
    /// </summary>
    protected virtual bool WrittenByOthers => false;

    /// <summary>
    /// Whether a stateless worker creates this aggregate's streams (<see cref="CreateAsync{TGrain,TResult}"/>): an
    /// activation that found its stream empty then reads it again before its next command or read.
    /// </summary>
    protected virtual bool CreatedOnWorkers => false;

    protected TState State
    {
        get => _read ? _state : throw new InvalidOperationException($"{GetType().Name} has not read its stream: read its state with ReadStateAsync.");
        private set => _state = value;
    }

    private TState _state = TState.Initial;
    private bool _read;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!AssumesNewStream && !IsWorker)
        {
            await ReadStreamAsync();
        }
    }

    /// <summary>A stateless worker has no stream of its own: it decides for the aggregates it creates.</summary>
    private bool IsWorker => _isWorker ??= GetType().IsDefined(typeof(Orleans.Concurrency.StatelessWorkerAttribute), inherit: true);

    private bool? _isWorker;

    /// <summary>The aggregate's state as the log has it now (read first when the activation has not read it yet, or others write it).</summary>
    protected async ValueTask<TState> ReadStateAsync()
    {
        ForgetEmptyRead();
        if (!_read || WrittenByOthers)
        {
            await ReadStreamAsync();
        }
        return _state;
    }

    /// <summary>Decides <paramref name="command"/> and, when it produced events, appends them to the log.</summary>
    protected Task<Decision<TEvent, TRejection>> ExecuteAsync(TCommand command) => MeasureAsync(command, async cause =>
    {
        if (WrittenByOthers)
        {
            await ReadStreamAsync();
        }
        for (var attempt = 1; ; attempt++)
        {
            var decision = Decide(command, cause);
            if (decision is not Decision<TEvent, TRejection>.Accepted { Events.Count: > 0 } accepted)
            {
                if (_read)
                {
                    return decision;
                }
                await ReadStreamAsync(); // what the initial state says is not what the stream says
                continue;
            }
            try
            {
                await BeforeRecordAsync(accepted.Events);
                await AppendAsync(accepted.Events, cause, partner: null);
                return decision;
            }
            catch (EventLogConflictException) when (attempt < MaxAttempts)
            {
                await ReadStreamAsync();
            }
        }
    });

    /// <summary>
    /// Decides <paramref name="partnerCommand"/> on <paramref name="partner"/>, then this aggregate's command made by
    /// <paramref name="then"/> from the partner's state after it, and appends both aggregates' events in one commit:
    /// both or neither. Each state is assumed new until the log says otherwise; a conflict on either reads both and
    /// decides again. Nothing is appended unless this aggregate's command produced events.
    /// </summary>
    protected Task<Decision<TEvent, TRejection>> ExecuteWithAsync<TPDecider, TPState, TPCommand, TPEvent, TPRejection>(
        PartnerAggregate<TPDecider, TPState, TPCommand, TPEvent, TPRejection> partner, TPCommand partnerCommand, Func<TPState, TCommand> then)
        where TPDecider : IDecider<TPCommand, TPState, TPEvent, TPRejection>
        where TPState : IState<TPState, TPEvent>
        where TPCommand : notnull
        where TPEvent : IEvent
        where TPRejection : notnull => MeasureAsync(partnerCommand, async cause =>
    {
        var (partnerState, partnerVersion, partnerRead) = (TPState.Initial, 0L, false);
        for (var attempt = 1; ; attempt++)
        {
            var partnerEvents = TPDecider.Decide(partnerCommand, partnerState) is Decision<TPEvent, TPRejection>.Accepted a ? a.Events : [];
            var after = partnerState;
            foreach (var @event in partnerEvents)
            {
                after = TPState.Evolve(after, @event);
            }
            var decision = Decide(then(after), cause);
            var accepted = decision as Decision<TEvent, TRejection>.Accepted;
            // An answer stands when the append checks the states it was decided on, or both were read.
            var stands = accepted is { Events.Count: > 0 } ? partnerRead || partnerEvents.Count > 0 : _read && partnerRead;
            if (stands && accepted is not { Events.Count: > 0 })
            {
                return decision;
            }
            if (stands)
            {
                try
                {
                    await BeforeRecordAsync(accepted!.Events);
                    await AppendAsync(accepted.Events, cause, partnerEvents.Count > 0
                        ? Envelopes(partner.Stream, partner.Key, partnerVersion, partner.Namespace, partnerEvents, cause: null)
                        : null);
                    return decision;
                }
                catch (EventLogConflictException) when (attempt < MaxAttempts)
                {
                }
            }
            var reads = (Own: ReadStreamAsync().AsTask(), Partner: keel.Log.LoadAsync(partner.Stream));
            await Task.WhenAll(reads.Own, reads.Partner);
            (partnerState, partnerVersion) = Replay<TPState, TPEvent>(await reads.Partner, TPState.Initial, 0, causes: null);
            partnerRead = true;
        }
    });

    /// <summary>
    /// Runs <paramref name="create"/>, a command that creates the aggregate <paramref name="grain"/> names, on this
    /// activation: a stateless worker, so the new aggregate costs no activation of its own. The command is decided on
    /// the initial state (read first unless the aggregate assumes new streams) and appended at the stream's start; when
    /// the log says the stream exists (the read, a conflict, or a decision that needs the stream read), nothing is
    /// appended here and <paramref name="existing"/> sends the command to the aggregate's own grain, which reads its
    /// stream and decides (the command's cause goes with it). A worker thus only ever writes a stream's first events;
    /// an activation of the grain that read the stream while it was empty reads it again before its next command or read.
    /// </summary>
    protected async Task<TResult> CreateAsync<TGrain, TResult>(TGrain grain, Func<Task<TResult>> create, Func<TGrain, Task<TResult>> existing)
        where TGrain : IAddressable
    {
        if (!CreatedOnWorkers || !IsWorker)
        {
            throw new InvalidOperationException($"{GetType().Name} creates aggregates as a stateless worker of an aggregate created on workers (CreatedOnWorkers).");
        }
        var cause = Causation.Peek();
        Host(grain.GetGrainId());
        try
        {
            if (!AssumesNewStream)
            {
                await ReadStreamAsync(); // the aggregate's stream must be empty for this worker to decide on it
            }
            return await create();
        }
        catch (StreamExists)
        {
        }
        finally
        {
            Host(null);
        }
        Causation.Restore(cause);
        return await existing(grain);
    }

    /// <summary>A creating command without a result: as <see cref="CreateAsync{TGrain,TResult}"/>.</summary>
    protected Task CreateAsync<TGrain>(TGrain grain, Func<Task> create, Func<TGrain, Task> existing)
        where TGrain : IAddressable => CreateAsync(grain, async () =>
        {
            await create();
            return true;
        }, async target =>
        {
            await existing(target);
            return true;
        });

    /// <summary>Starts (or ends) deciding for <paramref name="id"/>: from the initial state, nothing read.</summary>
    private void Host(GrainId? id)
    {
        _hosted = id;
        (_stream, _streamKey) = (null, null);
        (_state, _version, _read, _snapshotVersion) = (TState.Initial, 0, false, 0);
        (_alarm, _fired) = (Alarmed.None, 0);
        _causes.Clear();
    }

    /// <summary>A worker's creating command met a stream that exists: the aggregate's own grain takes it.</summary>
    private sealed class StreamExists : Exception;

    /// <summary>
    /// The alarm armed at <paramref name="armedAt"/> is due: the state's alarm command is decided as any command if the
    /// state still asks for that alarm, and the alarm is disarmed unless the decision armed another. A wake for an
    /// alarm the state no longer asks for (the turn was played) only disarms what is left of it.
    /// </summary>
    public async Task WakeAsync(long armedAt)
    {
        await ReadStateAsync();
        if (_alarm.Alarm is { } alarm && _alarm.ArmedAt == armedAt && _fired != armedAt)
        {
            _fired = armedAt; // the state may go on asking for it: it is sent once
            await ExecuteAsync(alarm.Command);
        }
        await keel.Alarms.DisarmAsync(Stream, armedAt); // a no-op when the decision armed another
    }

    /// <summary>
    /// The state's alarm and the version of the event that set it (0: none yet). Replayed or appended, the same events
    /// give the same version: it identifies the alarm the store holds.
    /// </summary>
    private readonly record struct Alarmed(Alarm<TCommand>? Alarm, long ArmedAt)
    {
        public static Alarmed None => default;

        public static Alarmed Of(TState state, long armedAt) => new(AlarmOf(state), armedAt);

        /// <summary>The alarm after <paramref name="events"/> applied to <paramref name="state"/> (the state this alarm belongs to).</summary>
        public Alarmed After(TState state, IReadOnlyList<EventEnvelope> events)
        {
            if (state is not IAlarmed<TCommand>)
            {
                return this;
            }
            var (alarm, armedAt) = (Alarm, ArmedAt);
            foreach (var envelope in events)
            {
                state = TState.Evolve(state, (TEvent)envelope.Event);
                if (AlarmOf(state) is var next && !Equals(next, alarm))
                {
                    (alarm, armedAt) = (next, envelope.Version);
                }
            }
            return new Alarmed(alarm, armedAt);
        }

        private static Alarm<TCommand>? AlarmOf(TState state) => state is IAlarmed<TCommand> alarmed ? alarmed.Alarm : null;
    }

    /// <summary>How often a command is decided again after another append took its version.</summary>
    private const int MaxAttempts = 3;

    private Decision<TEvent, TRejection> Decide(TCommand command, string? cause)
    {
        _command = command.GetType().Name;
        return cause is not null && (_causes.Contains(cause) || _causes.Contains(Causation.Unqualified(cause)))
            ? Decision<TEvent, TRejection>.Nothing // this event's effect is recorded already: a redelivery
            : TDecider.Decide(command, _state);
    }

    private async Task<Decision<TEvent, TRejection>> MeasureAsync(object command, Func<string?, Task<Decision<TEvent, TRejection>>> execute)
    {
        var started = Stopwatch.GetTimestamp();
        _command = command.GetType().Name; // until the aggregate's own command is decided
        ForgetEmptyRead();
        Decision<TEvent, TRejection>? decision = null;
        var handedOn = false;
        try
        {
            decision = await execute(Causation.Take());
            if (_hosted is null && DeactivateAfter(decision) && _version < SnapshotEvery)
            {
                // One-shot work on a small aggregate: do not keep the activation for the collection age. One with a
                // long history stays: reloading its snapshot for every command would cost more than the memory.
                DeactivateOnIdle();
            }
            return decision;
        }
        catch (StreamExists)
        {
            handedOn = true; // its own grain decides it, and counts it
            throw;
        }
        finally
        {
            if (!handedOn)
            {
                Record(decision, started);
            }
        }
    }

    /// <summary>The command's metrics: its outcome (null: it failed) and how long it took.</summary>
    private void Record(Decision<TEvent, TRejection>? decision, long started)
    {
        var tags = new TagList
        {
            { "service", _service ??= KeelDiagnostics.ServiceOf(this.GetGrainId()) },
            { "command", _command },
        };
        (decision switch
        {
            null => KeelDiagnostics.CommandsFailed,
            Decision<TEvent, TRejection>.Rejected => KeelDiagnostics.CommandsRejected,
            _ => KeelDiagnostics.CommandsHandled,
        }).Add(1, tags);
        KeelDiagnostics.CommandDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, tags);
    }

    /// <summary>Reads the stream: all of it the first time, after that only what others appended since.</summary>
    private async ValueTask ReadStreamAsync()
    {
        if (_read)
        {
            var version = _version;
            var tail = await keel.Log.ReadAsync(Stream, version);
            if (_version != version)
            {
                return; // an interleaved read applied it already
            }
            if (_hosted is not null && tail.Count > 0)
            {
                throw new StreamExists(); // another append created it meanwhile: its own grain decides (CreateAsync)
            }
            if (tail.Count == 0 || tail[0].Version == version + 1)
            {
                _alarm = _alarm.After(_state, tail);
                (_state, _version) = Replay<TState, TEvent>(new LoadedAggregate(null, tail), _state, _version, _causes);
                return;
            }
        }
        var loaded = await keel.Log.LoadAsync(Stream);
        if (_hosted is not null && (loaded.Snapshot is not null || loaded.Events.Count > 0))
        {
            throw new StreamExists(); // the aggregate exists: its own grain decides (CreateAsync)
        }
        _causes.Clear();
        _alarm = loaded.Snapshot is { } snapshot ? Alarmed.Of((TState)snapshot.State, snapshot.AlarmArmedAt) : Alarmed.None;
        _alarm = _alarm.After(loaded.Snapshot is { } from ? (TState)from.State : TState.Initial, loaded.Events);
        (_state, _version) = Replay<TState, TEvent>(loaded, TState.Initial, 0, _causes);
        _snapshotVersion = loaded.Snapshot?.Version ?? 0;
        _read = true;
    }

    /// <summary>
    /// A stream this activation found empty may have been created meanwhile by a stateless worker
    /// (<see cref="CreateAsync{TGrain,TResult}"/>): an aggregate created on workers reads it again at its next command
    /// or read rather than trusting that it is still empty.
    /// </summary>
    private void ForgetEmptyRead()
    {
        if (CreatedOnWorkers && _version == 0 && _hosted is null)
        {
            _read = false;
        }
    }

    /// <summary>Applies <paramref name="stored"/> to <paramref name="state"/>: its snapshot, then its events; causes go to <paramref name="causes"/>.</summary>
    private static (TS State, long Version) Replay<TS, TE>(LoadedAggregate stored, TS state, long version, HashSet<string>? causes)
        where TS : IState<TS, TE>
        where TE : IEvent
    {
        if (stored.Snapshot is { } snapshot)
        {
            state = (TS)snapshot.State;
            version = snapshot.Version;
            causes?.UnionWith(snapshot.Causes);
        }
        foreach (var envelope in stored.Events)
        {
            state = TS.Evolve(state, (TE)envelope.Event);
            version = envelope.Version;
            if (envelope.CausationId is { } cause)
            {
                causes?.Add(cause);
            }
        }
        return (state, version);
    }

    private EventAppend Envelopes<T>(string stream, string key, long after, string? @namespace, IReadOnlyList<T> events, string? cause)
        where T : IEvent
    {
        var now = Now;
        var traceParent = Activity.Current?.Id;
        var actor = Actor.Current;
        var envelopes = new EventEnvelope[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            var version = after + i + 1;
            envelopes[i] = new EventEnvelope($"{key}/{version}", version, now, traceParent, events[i], cause, actor, key);
        }
        return new EventAppend(stream, after, @namespace is { } ns ? DeliveryStreams.For(ns, key) : null, envelopes);
    }

    private async Task AppendAsync(IReadOnlyList<TEvent> events, string? cause, EventAppend? partner)
    {
        var own = Envelopes(Stream, StreamKey, _version, StreamNamespace, events, cause);
        var alarm = _alarm.After(_state, own.Events);
        if (alarm.ArmedAt != _alarm.ArmedAt)
        {
            own = own with { Alarm = new AlarmChange(alarm.ArmedAt, alarm.Alarm is { } next ? keel.AlarmTime.GetUtcNow() + next.After : null) };
        }
        try
        {
            await (partner is null ? keel.Log.AppendAsync(own) : keel.Log.AppendAsync([own, partner]));
        }
        catch (Exception exception) when (exception is not EventLogConflictException) // on a conflict the caller reads and decides again
        {
            // An outage where the append may or may not have landed: reload from the log next time.
            DeactivateOnIdle();
            throw;
        }
        var state = _state;
        foreach (var @event in events)
        {
            state = TState.Evolve(state, @event);
        }
        State = state;
        _version += events.Count;
        _alarm = alarm;
        if (own.Alarm?.Due is { } due)
        {
            keel.Bell.Ring(due);
        }
        _read = true; // an append at the stream's start that landed: the stream holds exactly these events
        if (cause is not null)
        {
            _causes.Add(cause);
        }
        if (_version - _snapshotVersion >= SnapshotEvery)
        {
            _snapshotVersion = _version;
            SaveSnapshotInBackground(new AggregateSnapshot(_version, state, [.. _causes], _alarm.ArmedAt));
        }
    }

    /// <summary>Off the command's path: a lost snapshot only means the next activation replays a few more events.</summary>
    private void SaveSnapshotInBackground(AggregateSnapshot snapshot)
    {
        var logger = Logger;
        var grain = KeelDiagnostics.Redact(this.GetGrainId());
        _ = keel.Log.SaveSnapshotAsync(Stream, snapshot.Version, snapshot).ContinueWith(
            task => LogSnapshotFailed(logger, task.Exception!.GetBaseException(), grain, snapshot.Version),
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    private ILogger Logger => _logger ??= keel.Loggers.CreateLogger(GetType());

    [LoggerMessage(Level = LogLevel.Warning, Message = "Saving the snapshot of {Grain} at version {Version} failed; activation replays from the previous one")]
    private static partial void LogSnapshotFailed(ILogger logger, Exception exception, string grain, long version);
}
