using System.Collections.Concurrent;
using System.Diagnostics;

namespace Keel.Streaming.Tests;

/// <summary>What the test subscribers saw, and which streams they are told to refuse.</summary>
public sealed class DeliveryLog
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<int>> _handled = new();
    private readonly ConcurrentDictionary<string, int> _refusals = new();
    private readonly ConcurrentDictionary<string, bool> _refusing = new();
    private readonly ConcurrentQueue<TimeSpan> _latencies = new();

    public void Refuse(string key) => _refusing[key] = true;

    public void Accept(string key) => _refusing.TryRemove(key, out _);

    public bool IsRefusing(string key) => _refusing.ContainsKey(key);

    public void Refused(string key) => _refusals.AddOrUpdate(key, 1, (_, count) => count + 1);

    public void Handled(string key, TestEvent item)
    {
        _latencies.Enqueue(Stopwatch.GetElapsedTime(item.PublishedAt));
        _handled.GetOrAdd(key, _ => new ConcurrentQueue<int>()).Enqueue(item.Value);
    }

    public IReadOnlyList<int> HandledOn(string key) => _handled.TryGetValue(key, out var values) ? [.. values] : [];

    public int RefusalsOn(string key) => _refusals.GetValueOrDefault(key);

    public int HandledOnStreamsStartingWith(string prefix) =>
        _handled.Where(entry => entry.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(entry => entry.Value.Count);

    public IReadOnlyList<string> StreamsHandledMoreThanOnce(string prefix) =>
        [.. _handled.Where(entry => entry.Key.StartsWith(prefix, StringComparison.Ordinal) && entry.Value.Count > 1).Select(entry => entry.Key)];

    public IReadOnlyList<TimeSpan> TakeLatencies()
    {
        var taken = new List<TimeSpan>();
        while (_latencies.TryDequeue(out var latency))
        {
            taken.Add(latency);
        }
        return taken;
    }
}
