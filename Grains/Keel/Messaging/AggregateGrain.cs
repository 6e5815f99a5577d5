using System.Diagnostics;
using Keel.Grains.Diagnostics;
using Keel.Grains.EventLog;
using Microsoft.Extensions.Logging;

namespace Keel.Grains.Messaging;

/// <summary>
/// Runs commands for one aggregate: load (snapshot + tail) → decide → append the new events → reply. The append is
/// also what delivers the events to subscriptions (the log is the outbox). A concrete grain names its decider; its
/// events and its state travel and rest as they are (Domain values on the wire: <see cref="Interfaces.Wire.DomainWire"/>).
/// </summary>
internal abstract partial class AggregateGrain<TDecider, TState, TCommand, TEvent, TRejection>(AggregateServices keel) : Grain
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
    private long _snapshotVersion;
    private ILogger? _logger;
    private string? _service;
    private string? _stream;
    private string? _streamKey;

    protected TState State { get; private set; } = default!;

    /// <summary>The host's clock: commands get their time from here, never from Domain.</summary>
    protected DateTimeOffset Now => keel.Clock.GetUtcNow();

    /// <summary>The namespace this aggregate's events are delivered on; null keeps them private.</summary>
    protected virtual string? StreamNamespace => null;

    /// <summary>The aggregate's id as its events carry it (their ids) and its delivery bucket is chosen.</summary>
    protected string StreamKey => _streamKey ??= this.GetGrainId().Key.ToString()!;

    /// <summary>The aggregate's stream in the log: its grain id (pinned grain type + key).</summary>
    private string Stream => _stream ??= this.GetGrainId().ToString();

    /// <summary>
    /// Whether to release the activation after this decision. By default after a change: most aggregates are touched
    /// once in a while. Commands that changed nothing (repeats, refusals) keep it, so calls queued behind it are not
    /// forwarded from activation to activation.
    /// </summary>
    protected virtual bool DeactivateAfter(Decision<TEvent, TRejection> decision) =>
        decision is Decision<TEvent, TRejection>.Accepted { Events.Count: > 0 };

    /// <summary>Effects that must happen before the events are recorded (for example handing a mail over). Must be idempotent.</summary>
    protected virtual Task BeforeRecordAsync(IReadOnlyList<TEvent> events) => Task.CompletedTask;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var stored = await keel.Log.LoadAsync(Stream);
        var state = TState.Initial;
        if (stored.Snapshot is { } snapshot)
        {
            state = (TState)snapshot.State;
            _version = _snapshotVersion = snapshot.Version;
            _causes.UnionWith(snapshot.Causes);
        }
        foreach (var envelope in stored.Events)
        {
            state = TState.Evolve(state, (TEvent)envelope.Event);
            _version = envelope.Version;
            if (envelope.CausationId is { } cause)
            {
                _causes.Add(cause);
            }
        }
        State = state;
    }

    /// <summary>Decides <paramref name="command"/> and, when it produced events, appends them to the log.</summary>
    protected async Task<Decision<TEvent, TRejection>> ExecuteAsync(TCommand command)
    {
        var started = Stopwatch.GetTimestamp();
        var tags = new TagList
        {
            { "service", _service ??= KeelDiagnostics.ServiceOf(this.GetGrainId()) },
            { "command", command.GetType().Name },
        };
        try
        {
            var cause = Causation.Take();
            var decision = cause is not null && _causes.Contains(cause)
                ? Decision<TEvent, TRejection>.Nothing // this event's effect is recorded already: a redelivery
                : TDecider.Decide(command, State);
            if (decision is Decision<TEvent, TRejection>.Accepted { Events.Count: > 0 } accepted)
            {
                await BeforeRecordAsync(accepted.Events);
                await AppendAsync(accepted.Events, cause);
            }
            if (DeactivateAfter(decision) && _version < SnapshotEvery)
            {
                // One-shot work on a small aggregate: do not keep the activation for the collection age. One with a
                // long history stays: reloading its snapshot for every command would cost more than the memory.
                DeactivateOnIdle();
            }
            (decision is Decision<TEvent, TRejection>.Rejected ? KeelDiagnostics.CommandsRejected : KeelDiagnostics.CommandsHandled)
                .Add(1, tags);
            return decision;
        }
        catch
        {
            KeelDiagnostics.CommandsFailed.Add(1, tags);
            throw;
        }
        finally
        {
            KeelDiagnostics.CommandDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, tags);
        }
    }

    private async Task AppendAsync(IReadOnlyList<TEvent> events, string? cause)
    {
        var now = Now;
        var traceParent = Activity.Current?.Id;
        var actor = Actor.Current;
        var envelopes = new EventEnvelope[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            var version = _version + i + 1;
            envelopes[i] = new EventEnvelope($"{StreamKey}/{version}", version, now, traceParent, events[i], cause, actor, StreamKey);
        }
        var destination = StreamNamespace is { } ns ? DeliveryStreams.For(ns, StreamKey) : (StreamId?)null;
        try
        {
            await keel.Log.AppendAsync(new EventAppend(Stream, _version, destination, envelopes));
        }
        catch
        {
            // A conflict, or an outage where the append may or may not have landed: reload from the log next time.
            DeactivateOnIdle();
            throw;
        }
        var state = State;
        foreach (var @event in events)
        {
            state = TState.Evolve(state, @event);
        }
        State = state;
        _version += events.Count;
        if (cause is not null)
        {
            _causes.Add(cause);
        }
        if (_version - _snapshotVersion >= SnapshotEvery)
        {
            _snapshotVersion = _version;
            SaveSnapshotInBackground(new AggregateSnapshot(_version, state, [.. _causes]));
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
