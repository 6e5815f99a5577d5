using System.Diagnostics;
using Keel.Grains.Diagnostics;
using Keel.Grains.EventLog;
using Keel.Grains.Placement;
using Keel.Grains.Streaming;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Keel.Grains.Projections;

/// <summary>
/// Runs the projections of the services this silo hosts: for each, under its lease, reads the log from its place,
/// applies the events to its rows and commits rows and place together; then waits for news of an append (or the poll
/// interval). A projection that is new, or was rebuilt, starts at the beginning of the log. Another silo hosting the
/// same service takes a projection over when its lease runs out.
/// </summary>
internal sealed partial class Projector(
    IProjectionStore store, AppendFeed appends, IServiceProvider services, ILocalSiloDetails silo, TimeProvider time,
    IOptions<ProjectionOptions> options, ILogger<Projector> logger, string hostedServices)
    : ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    private static readonly TimeSpan AfterFailure = TimeSpan.FromSeconds(1);

    /// <summary>How often an idle runner reads its place again, so a rebuild asked for elsewhere starts within it.</summary>
    private static readonly TimeSpan IdleCheck = TimeSpan.FromSeconds(1);

    private const int CachedRows = 100_000;

    /// <summary>The longest the place of events that changed no row waits to be committed.</summary>
    private static readonly TimeSpan SaveAfter = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stopping = new();
    private readonly LogNews _news = new();
    private readonly List<IDisposable> _listening = [];
    private Task _running = Task.CompletedTask;

    public void Participate(ISiloLifecycle lifecycle) => lifecycle.Subscribe(nameof(Projector), ServiceLifecycleStage.Active,
        _ =>
        {
            var projections = KeelModule.All.Where(module => SiloServices.Includes(hostedServices, module.Name))
                .SelectMany(module => module.Projections).ToArray();
            if (projections.Length > 0)
            {
                _listening.Add(appends.Subscribe((_, _) => _news.Arrived()));
                if (services.GetService<IRemoteAppends>() is { } remote)
                {
                    _listening.Add(remote.Subscribe((_, _) => _news.Arrived(), _news.Arrived));
                }
                _running = Task.WhenAll(projections.Select(projection => Task.Run(() => RunAsync(projection, _stopping.Token), CancellationToken.None)));
            }
            return Task.CompletedTask;
        },
        async _ =>
        {
            await _stopping.CancelAsync();
            await _running.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        });

    private async Task RunAsync(ProjectionDefinition projection, CancellationToken stopping)
    {
        var settings = options.Value;
        var owner = silo.SiloAddress.ToString();
        var idleCheck = settings.Lease / 3 < IdleCheck ? settings.Lease / 3 : IdleCheck;
        var cache = new RowCache(CachedRows);
        ProjectionLease? lease = null;
        var renewAt = DateTimeOffset.MinValue;
        // Where reading goes on: ahead of the lease's stored place by events that changed no row, whose place is
        // committed with the next rows or within SaveAfter (re-reading them after a crash changes nothing).
        var read = LogPosition.Start;
        var unsaved = 0;
        var saveBy = DateTimeOffset.MaxValue;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                if (lease is null || time.GetUtcNow() >= renewAt)
                {
                    var renewed = await store.LeaseAsync(projection.Name, owner, settings.Lease, stopping);
                    if (renewed is null || lease is null || renewed.Checkpoint != lease.Checkpoint || renewed.Build != lease.Build)
                    {
                        cache.Forget(); // another owner, or a rebuild, may have changed the rows
                        (read, unsaved) = (renewed?.Checkpoint ?? LogPosition.Start, 0);
                    }
                    lease = renewed;
                    renewAt = time.GetUtcNow() + settings.Lease / 3;
                    if (lease is null)
                    {
                        await Task.Delay(settings.Lease / 3, time, stopping);
                        continue;
                    }
                }
                var records = await store.ReadAsync(projection.Reads, read, settings.BatchSize, stopping);
                if (records.Count == 0)
                {
                    var now = time.GetUtcNow();
                    if (unsaved > 0 && now >= saveBy)
                    {
                        lease = await SaveAsync(lease, read, unsaved, [], cache, stopping);
                        (unsaved, saveBy) = (0, DateTimeOffset.MaxValue);
                        continue;
                    }
                    var wait = unsaved > 0 && saveBy - now < settings.PollInterval ? saveBy - now : settings.PollInterval;
                    await _news.WaitAsync(wait, time, stopping);
                    var check = time.GetUtcNow() + idleCheck;
                    renewAt = check < renewAt ? check : renewAt;
                    continue;
                }
                var writes = await ProjectionBatch.ApplyAsync(projection, records, store, cache, stopping);
                read = records[^1].Position;
                unsaved += records.Count;
                if (writes.Count == 0 && unsaved < settings.BatchSize * 10 && time.GetUtcNow() < saveBy)
                {
                    saveBy = saveBy == DateTimeOffset.MaxValue ? time.GetUtcNow() + SaveAfter : saveBy;
                    Record(projection, records);
                    continue;
                }
                lease = await SaveAsync(lease, read, unsaved, writes, cache, stopping);
                (unsaved, saveBy) = (0, DateTimeOffset.MaxValue);
                if (lease is null)
                {
                    continue;
                }
                renewAt = time.GetUtcNow() + settings.Lease / 3;
                Record(projection, records);
            }
            catch (Exception exception) when (!stopping.IsCancellationRequested)
            {
                LogProjectionFailed(logger, exception, projection.Name, AfterFailure);
                lease = null;
                cache.Forget();
                await Task.Delay(AfterFailure, time, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Commits rows and place; null (rows forgotten) when the place or lease was no longer this runner's.</summary>
    private async Task<ProjectionLease?> SaveAsync(
        ProjectionLease lease, LogPosition to, int events, IReadOnlyList<RowWrite> writes, RowCache cache, CancellationToken stopping)
    {
        if (!await store.CommitAsync(lease, to, events, writes, stopping))
        {
            cache.Forget(); // rebuilt, or taken over: read the place again
            return null;
        }
        cache.Committed(writes);
        return lease with { Checkpoint = to };
    }

    private void Record(ProjectionDefinition projection, IReadOnlyList<ProjectedRecord> records)
    {
        var tags = new TagList { { "projection", projection.Name } };
        var now = time.GetUtcNow();
        foreach (var record in records)
        {
            KeelDiagnostics.ProjectionLag.Record((now - record.Envelope.OccurredAt).TotalMilliseconds, tags);
        }
        KeelDiagnostics.ProjectedEvents.Add(records.Count, tags);
    }

    public void Dispose()
    {
        foreach (var listening in _listening)
        {
            listening.Dispose();
        }
        _stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Projection {Projection} failed; it stays where it is in the log and tries again in {Delay}")]
    private static partial void LogProjectionFailed(ILogger logger, Exception exception, string projection, TimeSpan delay);
}
