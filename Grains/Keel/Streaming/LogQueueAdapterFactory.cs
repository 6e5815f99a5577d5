// How the pieces interact (checked against Orleans' PersistentStreamPullingAgent and SimpleQueueCache):
//
// - Appending: an aggregate appends its events to the event log (IEventLog); an event with a destination stream is
//   tagged with the stream's partition (StreamPartitions: the same hash ring on every silo) and the partition's
//   receivers are woken (PostgreSQL: NOTIFY sent on commit; memory: directly). Nothing else is written.
// - Reading: one pulling agent per partition (queue) asks its receiver on every GetQueueMsgsTimerPeriod tick. The
//   receiver reads the store only when woken, when PollInterval elapsed, or when the last read was full: the log
//   from the last position read (only records of finished transactions, so a late commit is never skipped), then
//   the partition's retry queue every PollInterval.
// - Tokens: a batch's sequence number is a per-partition delivery number. The agent's cache expects increasing
//   tokens; a retried message would otherwise sort before messages already in the cache. PartitionState maps
//   delivery numbers back to log positions and queue receipts.
// - Success: once every consumer cursor has moved past a batch the cache purges it and the agent calls
//   MessagesDeliveredAsync. Log records move the partition's checkpoint (saved every CheckpointInterval and at
//   shutdown; a restart redelivers at most that much: at least once). Queued messages are deleted if their lease
//   is still the one delivered.
// - Failure: the agent retries a throwing consumer for StreamPullingAgentOptions.MaxEventDeliveryTime, then calls
//   IStreamFailureHandler.OnDeliveryFailure and moves on to the stream's next event. A log event goes to the retry
//   queue with the reason; a queued message's lease is marked failed and it comes back after VisibilityTimeout,
//   until MaxAttempts moves it to the dead letters, from where an operator can re-drive it.
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Providers.Streams.Common;
using Orleans.Serialization;
using Orleans.Streams;

namespace Keel.Grains.Streaming;

/// <summary>Creates the log-fed queue adapter, its cache, queue mapper and failure handlers for one provider.</summary>
internal sealed class LogQueueAdapterFactory(
    string name,
    EventStreamOptions options,
    SimpleQueueCacheOptions cacheOptions,
    StreamPartitions partitions,
    IStreamStore store,
    IStreamWakeups? wakeups,
    IDeliveryFailureReasons reasons,
    Serializer<StreamPayload> serializer,
    ILoggerFactory loggerFactory,
    IHostApplicationLifetime lifetime,
    TimeProvider time) : IQueueAdapterFactory
{
    private readonly SimpleQueueAdapterCache _cache = new(cacheOptions, name, loggerFactory);
    private readonly Lock _startGate = new();
    private bool _started;

    /// <summary>The entry point given to AddPersistentStreams.</summary>
    public static LogQueueAdapterFactory Create(IServiceProvider services, string name) =>
        new(
            name,
            services.GetRequiredService<IOptionsMonitor<EventStreamOptions>>().Get(name),
            services.GetRequiredService<IOptionsMonitor<SimpleQueueCacheOptions>>().Get(name),
            services.GetRequiredKeyedService<StreamPartitions>(name),
            services.GetRequiredKeyedService<IStreamStore>(name),
            services.GetKeyedService<IStreamWakeups>(name),
            services.GetRequiredKeyedService<IDeliveryFailureReasons>(name),
            services.GetRequiredService<Serializer<StreamPayload>>(),
            services.GetRequiredService<ILoggerFactory>(),
            services.GetRequiredService<IHostApplicationLifetime>(),
            services.GetService<TimeProvider>() ?? TimeProvider.System);

    [Obsolete("Orleans calls the overload with a CancellationToken.")]
    public Task<IQueueAdapter> CreateAdapter() => CreateAdapter(CancellationToken.None);

    public Task<IQueueAdapter> CreateAdapter(CancellationToken cancellationToken)
    {
        StartBackgroundWork();
        IQueueAdapter adapter = new LogQueueAdapter(name, options, partitions, store, serializer, time, loggerFactory);
        return Task.FromResult(adapter);
    }

    public IQueueAdapterCache GetQueueAdapterCache() => _cache;

    public IStreamQueueMapper GetStreamQueueMapper() => partitions.Mapper;

    public Task<IStreamFailureHandler> GetDeliveryFailureHandler(QueueId queueId)
    {
        IStreamFailureHandler handler = new LogStreamFailureHandler(
            name, options, partitions.ByQueue[queueId], store, reasons, serializer, loggerFactory.CreateLogger<LogStreamFailureHandler>());
        return Task.FromResult(handler);
    }

    private void StartBackgroundWork()
    {
        lock (_startGate)
        {
            if (_started)
            {
                return;
            }
            _started = true;
        }
        var stopping = lifetime.ApplicationStopping;
        var eviction = new DeadLetterEviction(store, reasons, options, name, time, loggerFactory.CreateLogger<DeadLetterEviction>());
        _ = Task.Run(() => eviction.RunAsync(stopping), CancellationToken.None);
        if (wakeups is not null)
        {
            _ = Task.Run(() => wakeups.RunAsync(partitions, stopping), CancellationToken.None);
        }
    }
}

/// <summary>Wakes partitions when another process appended or queued something (PostgreSQL: LISTEN/NOTIFY).</summary>
internal interface IStreamWakeups
{
    Task RunAsync(StreamPartitions partitions, CancellationToken cancellationToken);
}
