using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace Keel.Bench.InProcess;

/// <summary>
/// What a benchmark allocates, by type: the runtime's allocation ticks (one about every 100 KB allocated, naming the
/// type whose allocation crossed the mark), counted while <see cref="Sampling"/> is on. Types with many ticks are where
/// the bytes go; with enough ticks the shares approach the shares of bytes. Opt-in (<c>BENCH_ALLOC_TYPES=1</c>).
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const int AllocationTick = 10;
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytes = new();

    /// <summary>Whether ticks are counted now.</summary>
    public volatile bool Sampling;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs tick)
    {
        if (!Sampling || tick.EventId != AllocationTick || tick.Payload is null || tick.PayloadNames is null)
        {
            return;
        }
        var type = tick.PayloadNames.IndexOf("TypeName") is var t and >= 0 ? tick.Payload[t] as string ?? "?" : "?";
        var amount = tick.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(tick.Payload[a], CultureInfo.InvariantCulture) : 0;
        _bytes.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }

    /// <summary>The <paramref name="count"/> types with the most sampled bytes, with their share of all sampled bytes.</summary>
    public IEnumerable<string> Top(int count)
    {
        var total = Math.Max(_bytes.Values.Sum(), 1);
        return _bytes.OrderByDescending(pair => pair.Value).Take(count).Select(pair =>
            string.Create(CultureInfo.InvariantCulture, $"{pair.Value * 100.0 / total,6:F2} %  {pair.Key}"));
    }
}
