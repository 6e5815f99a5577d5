using System.Diagnostics;
using Keel.Contracts;
using Keel.Contracts.Messaging;
using Keel.Domain.Common;
using Keel.Grains.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Keel.Grains.Messaging;

/// <summary>
/// Runs commands for one aggregate: load → decide → persist events and outbox in one write → publish → reply.
/// A concrete grain supplies the pure functions and the mapping to contract events; nothing else.
/// </summary>
internal abstract partial class AggregateGrain<TState, TCommand, TEvent, TRejection>(
    IPersistentState<AggregateRecord> store, TimeProvider clock) : Grain, IOutboxGrain
    where TCommand : notnull
    where TEvent : notnull
    where TRejection : notnull
{
    private bool _publishedIsDirty;
    private ILogger? _logger;
    private string? _service;
    private string? _streamKey;

    protected TState State { get; private set; } = default!;

    /// <summary>The host's clock: commands get their time from here, never from Domain.</summary>
    protected DateTimeOffset Now => clock.GetUtcNow();

    protected abstract TState Initial { get; }

    private int PendingCount => StreamNamespace is null ? 0 : store.State.Events.Count - store.State.Published;

    /// <summary>The namespace this aggregate's events are published on; null keeps them private.</summary>
    protected virtual string? StreamNamespace => null;

    /// <summary>The stream key: the aggregate's id, so one aggregate's events stay in order.</summary>
    protected virtual string StreamKey => _streamKey ??= this.GetGrainId().Key.ToString()!;

    protected abstract TState Evolve(TState state, TEvent @event);

    protected abstract Decision<TEvent, TRejection> Decide(TCommand command, TState state);

    protected abstract IEvent ToContract(TEvent @event);

    protected abstract TEvent FromContract(IEvent @event);

    /// <summary>Whether to release the activation after this decision (by default always: most aggregates are touched once in a while).</summary>
    protected virtual bool DeactivateAfter(Decision<TEvent, TRejection> decision) => true;

    /// <summary>Effects that must happen before the events are recorded (for example handing a mail over). Must be idempotent.</summary>
    protected virtual Task BeforeRecordAsync(IReadOnlyList<TEvent> events) => Task.CompletedTask;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        State = store.State.Events.Aggregate(Initial, (state, envelope) => Evolve(state, FromContract(envelope.Event)));
        KeelDiagnostics.OutboxPending.Add(PendingCount);
        // Reads must not fail because the bridge is down.
        await TryPublishPendingAsync();
    }

    public async Task FlushOutboxAsync()
    {
        await PublishPendingAsync();
        if (_publishedIsDirty)
        {
            await store.WriteStateAsync();
            _publishedIsDirty = false;
        }
        DeactivateOnIdle();
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Whatever is still pending leaves with this activation; the sweeper or the next activation publishes it.
        KeelDiagnostics.OutboxPending.Add(-PendingCount);
        if (_publishedIsDirty)
        {
            await store.WriteStateAsync(cancellationToken);
            _publishedIsDirty = false;
        }
    }

    /// <summary>Decides <paramref name="command"/> and, when it produced events, records and publishes them.</summary>
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
            var decision = Decide(command, State);
            if (decision is Decision<TEvent, TRejection>.Accepted { Events.Count: > 0 } accepted)
            {
                await BeforeRecordAsync(accepted.Events);
                await RecordAsync(accepted.Events);
                await TryPublishPendingAsync();
            }
            if (DeactivateAfter(decision))
            {
                // One-shot work: do not keep the activation for the collection age.
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

    private async Task RecordAsync(IReadOnlyList<TEvent> events)
    {
        var record = store.State;
        var before = record.Events.Count;
        var now = Now;
        var traceParent = Activity.Current?.Id;
        for (var i = 0; i < events.Count; i++)
        {
            var version = before + i + 1;
            record.Events.Add(new EventEnvelope($"{StreamKey}/{version}", version, now, traceParent, ToContract(events[i])));
        }
        record.GrainId ??= this.GetGrainId().ToString();
        var publishedBefore = record.Published;
        if (StreamNamespace is null)
        {
            record.Published = record.Events.Count;
        }
        try
        {
            await store.WriteStateAsync();
        }
        catch
        {
            // The write may or may not have landed: forget this activation and reload from storage next time.
            record.Events.RemoveRange(before, events.Count);
            record.Published = publishedBefore;
            DeactivateOnIdle();
            throw;
        }
        State = events.Aggregate(State, Evolve);
        if (StreamNamespace is not null)
        {
            KeelDiagnostics.OutboxPending.Add(events.Count);
        }
    }

    /// <summary>
    /// Once the events are recorded the command is done: a bridge that is down leaves them in the outbox,
    /// to be published by the next command, the next activation or the outbox sweeper.
    /// </summary>
    private async Task TryPublishPendingAsync()
    {
        try
        {
            await PublishPendingAsync();
        }
        catch (Exception ex)
        {
            LogPublishFailed(Logger, ex, KeelDiagnostics.Redact(this.GetGrainId()));
        }
    }

    private async Task PublishPendingAsync()
    {
        var record = store.State;
        if (StreamNamespace is null || record.Published == record.Events.Count)
        {
            return;
        }
        var stream = this.GetStreamProvider(KeelNames.StreamProvider)
            .GetStream<EventEnvelope>(StreamId.Create(StreamNamespace, StreamKey));
        while (record.Published < record.Events.Count)
        {
            await stream.OnNextAsync(record.Events[record.Published]);
            record.Published++;
            KeelDiagnostics.OutboxPending.Add(-1);
            _publishedIsDirty = true;
        }
    }

    private ILogger Logger => _logger ??= ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(GetType());

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing the pending outbox of {Grain} failed; it stays pending")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, string grain);
}
