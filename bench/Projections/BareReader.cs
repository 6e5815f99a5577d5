using Keel.Grains.EventLog;
using Keel.Grains.Projections;
using Keel.Grains.Streaming;

namespace Keel.Bench.Projections;

/// <summary>
/// The baseline beside the projection: the same log read the same way (in batches, woken by the same appends, the same
/// fallback period), but nothing applied and nothing committed. Its lag is the floor the projection's own work adds to.
/// </summary>
internal sealed class BareReader(IProjectionStore store, AppendFeed appends) : IDisposable
{
    private readonly List<double> _lag = [];
    private readonly SemaphoreSlim _news = new(0);
    private long _read;

    public async Task RunAsync(Func<bool> measuring, CancellationToken stopping)
    {
        using var listening = appends.Subscribe((_, _) => _news.Release());
        var after = LogPosition.Start;
        while (!stopping.IsCancellationRequested)
        {
            var batch = await store.ReadAsync(SyntheticGames.Services, after, 1000, CancellationToken.None);
            if (batch.Count == 0)
            {
                try
                {
                    await _news.WaitAsync(TimeSpan.FromMilliseconds(100), stopping);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                continue;
            }
            var now = DateTimeOffset.UtcNow;
            if (measuring())
            {
                lock (_lag)
                {
                    _lag.AddRange(batch.Select(record => (now - record.Envelope.OccurredAt).TotalMilliseconds));
                }
            }
            after = batch[^1].Position;
            Interlocked.Add(ref _read, batch.Count);
        }
    }

    public double[] Lag()
    {
        lock (_lag)
        {
            return [.. _lag];
        }
    }

    public async Task CaughtUpAsync(long events, TimeSpan deadline)
    {
        var until = DateTime.UtcNow + deadline;
        while (Interlocked.Read(ref _read) < events)
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"the bare reader read {Interlocked.Read(ref _read)} of {events} events");
            }
            await Task.Delay(20);
        }
    }

    public void Dispose() => _news.Dispose();
}
