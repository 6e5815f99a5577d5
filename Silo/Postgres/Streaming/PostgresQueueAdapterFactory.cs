// How the pieces interact (checked against Orleans' PersistentStreamPullingAgent and SimpleQueueCache):
//
// - Publishing: PostgresQueueAdapter maps the stream to a partition (HashRingBasedStreamQueueMapper, the same on
//   every silo), serializes the batch with Orleans' serializer and calls keel_stream_enqueue: one INSERT plus
//   pg_notify in one round trip. Each silo's StreamNotificationListener wakes that partition's PartitionState.
// - Reading: one pulling agent per partition (queue) asks its receiver on every GetQueueMsgsTimerPeriod tick (20 ms
//   here). The receiver reads the database only when woken, when PollInterval elapsed, or when the last read was
//   full. keel_stream_dequeue leases up to BatchSize rows in id order (FOR UPDATE SKIP LOCKED), making them
//   invisible for VisibilityTimeout and counting the attempt; rows past MaxAttempts go to the dead letters instead.
// - Leases: while a leased message waits in the agent's cache or is being retried, the receiver renews its lease
//   every VisibilityTimeout / 2, so a delivery slower than the visibility timeout (MaxEventDeliveryTime of retries)
//   is not leased a second time; the timeout only has to detect a silo that stopped.
// - Tokens: a batch's sequence number is a per-partition delivery number, not the row id. The agent's cache expects
//   increasing tokens; a redelivered row (old id) would otherwise sort before messages already in the cache.
//   PartitionState maps delivery numbers back to (row id, attempts) receipts.
// - Success: the agent hands batches to the cache; once every consumer cursor has moved past them the cache purges
//   them and the agent calls MessagesDeliveredAsync, which deletes the rows (only if the lease's attempts still
//   match, so a row leased again in the meantime is not lost): each successful row is deleted once.
// - Failure: the agent retries a throwing consumer for StreamPullingAgentOptions.MaxEventDeliveryTime, then marks
//   the cache item failed (SimpleQueueCache leaves failed items out of the purge list) and calls
//   IStreamFailureHandler.OnDeliveryFailure with the batch token, then moves on to the stream's next event.
//   PostgresStreamFailureHandler marks the receipt failed too (so it is never acknowledged, whatever the cache does)
//   and calls keel_stream_fail: the row stays invisible for another VisibilityTimeout with the reason recorded, then
//   is leased again (attempts + 1) and redelivered; at MaxAttempts it moves, in the same statement, to
//   keel_stream_dead_letters with the reason the subscriber recorded in StreamDeliveryFailures.
// - A silo that dies mid-delivery acknowledges nothing: its leases expire and the rows are delivered again
//   (at least once; Keel's subscribers are idempotent).
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Providers.Streams.Common;
using Orleans.Serialization;
using Orleans.Streams;

namespace Keel.Silo.Postgres.Streaming;

/// <summary>Creates the PostgreSQL queue adapter, its cache, queue mapper and failure handlers for one provider.</summary>
internal sealed class PostgresQueueAdapterFactory : IQueueAdapterFactory
{
    private readonly string _name;
    private readonly PostgresStreamOptions _options;
    private readonly HashRingBasedStreamQueueMapper _mapper;
    private readonly SimpleQueueAdapterCache _cache;
    private readonly Dictionary<QueueId, PartitionState> _partitions;
    private readonly NpgsqlDataSource _dataSource;
    private readonly StreamQueries _queries;
    private readonly Serializer<StreamPayload> _serializer;
    private readonly ILoggerFactory _loggerFactory;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly TimeProvider _time;
    private readonly Lock _startGate = new();
    private bool _started;

    public PostgresQueueAdapterFactory(
        string name,
        PostgresStreamOptions options,
        SimpleQueueCacheOptions cacheOptions,
        string serviceId,
        Serializer<StreamPayload> serializer,
        ILoggerFactory loggerFactory,
        IHostApplicationLifetime lifetime,
        TimeProvider time)
    {
        new PostgresStreamOptionsValidator(options, name).ValidateConfiguration();
        _name = name;
        _options = options;
        _serializer = serializer;
        _loggerFactory = loggerFactory;
        _lifetime = lifetime;
        _time = time;
        _mapper = new HashRingBasedStreamQueueMapper(new HashRingStreamQueueMapperOptions { TotalQueueCount = options.Partitions }, name);
        _cache = new SimpleQueueAdapterCache(cacheOptions, name, loggerFactory);
        _partitions = _mapper.GetAllQueues().ToDictionary(
            queue => queue,
            queue => new PartitionState((int)queue.GetNumericId(), options.PollInterval, options.VisibilityTimeout, time));
        _dataSource = StreamDataSource.Create(options.ConnectionString);
        _queries = new StreamQueries(_dataSource, serviceId, name);
        _lifetime.ApplicationStopped.Register(() => _dataSource.Dispose());
    }

    /// <summary>The entry point given to AddPersistentStreams.</summary>
    public static PostgresQueueAdapterFactory Create(IServiceProvider services, string name) =>
        new(
            name,
            services.GetRequiredService<IOptionsMonitor<PostgresStreamOptions>>().Get(name),
            services.GetRequiredService<IOptionsMonitor<SimpleQueueCacheOptions>>().Get(name),
            services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
            services.GetRequiredService<Serializer<StreamPayload>>(),
            services.GetRequiredService<ILoggerFactory>(),
            services.GetRequiredService<IHostApplicationLifetime>(),
            services.GetService<TimeProvider>() ?? TimeProvider.System);

    [Obsolete("Orleans calls the overload with a CancellationToken.")]
    public Task<IQueueAdapter> CreateAdapter() => CreateAdapter(CancellationToken.None);

    public Task<IQueueAdapter> CreateAdapter(CancellationToken cancellationToken)
    {
        StartBackgroundWork();
        IQueueAdapter adapter = new PostgresQueueAdapter(_name, _options, _queries, _mapper, _partitions, _serializer, _loggerFactory);
        return Task.FromResult(adapter);
    }

    public IQueueAdapterCache GetQueueAdapterCache() => _cache;

    public IStreamQueueMapper GetStreamQueueMapper() => _mapper;

    public Task<IStreamFailureHandler> GetDeliveryFailureHandler(QueueId queueId)
    {
        IStreamFailureHandler handler = new PostgresStreamFailureHandler(
            _name, _options, _partitions[queueId], _queries, _loggerFactory.CreateLogger<PostgresStreamFailureHandler>());
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
        var stopping = _lifetime.ApplicationStopping;
        var byNumber = _partitions.Values.ToDictionary(partition => partition.Number);
        var listener = new StreamNotificationListener(_dataSource, _name, _queries.ServiceId, byNumber, _loggerFactory.CreateLogger<StreamNotificationListener>());
        var eviction = new DeadLetterEviction(_queries, _options, _name, _time, _loggerFactory.CreateLogger<DeadLetterEviction>());
        _ = Task.Run(() => listener.RunAsync(stopping), CancellationToken.None);
        _ = Task.Run(() => eviction.RunAsync(stopping), CancellationToken.None);
    }
}
