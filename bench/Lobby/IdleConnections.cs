using System.Diagnostics;

namespace Keel.Bench.Lobby;

/// <summary>
/// What an idle connection costs the server. In steps up to each count of <c>idle</c>: players are seated three to a
/// four-seat room (the server then holds their player and room state), the server is measured, then each of them opens
/// a Server-Sent Events connection (which registers the player and their room with the server's realtime gateway) and
/// nothing more is sent; the server is measured again after a settle. A measure is the server's RSS and, with
/// dotnet-gcdump, its live managed heap after a full collection. A connection's cost is the growth across the
/// connecting steps over the connections opened; a seated player's the growth across the seating steps.
/// </summary>
internal sealed class IdleConnections(LobbyClient client, ServerProcess server, Options options)
{
    private readonly List<Watcher> _open = [];

    public async Task<object> RunAsync(CancellationToken cancellationToken)
    {
        await server.DumpHeapAsync(Scratch());   // once before the baseline: the tool's own first cost is not a connection's
        await Task.Delay(TimeSpan.FromSeconds(options.SettleSeconds), cancellationToken);
        var before = await MeasureAsync("before");
        var steps = new List<object>();
        var last = before;
        long connectionRss = 0, connectionHeap = 0, seatedRss = 0, seatedHeap = 0;
        var step = 0;
        foreach (var target in options.Idle)
        {
            var rooms = (target - _open.Count + 2) / 3;
            var tables = Table.Create(client, $"{options.Run}i{step++}", rooms, 3);
            var timer = Stopwatch.StartNew();
            await Parallel.ForEachAsync(tables, Parallelism(16, cancellationToken), async (table, ct) => await table.SeatAsync(client, ct));
            var seatSeconds = timer.Elapsed.TotalSeconds;
            await Task.Delay(TimeSpan.FromSeconds(options.SettleSeconds), cancellationToken);
            var seated = await MeasureAsync($"{_open.Count + rooms * 3} seated");
            var players = tables.SelectMany(t => t.Players).ToArray();
            timer.Restart();
            await Parallel.ForEachAsync(players, Parallelism(32, cancellationToken), async (player, ct) => await player.OpenAsync(client.Streams, ct));
            var connectSeconds = timer.Elapsed.TotalSeconds;
            _open.AddRange(players);
            await Task.Delay(TimeSpan.FromSeconds(options.SettleSeconds), cancellationToken);
            var connected = await MeasureAsync($"{_open.Count} connected");
            seatedRss += seated.RssKbAfterDump - last.RssKbAfterDump;
            connectionRss += connected.RssKbAfterDump - seated.RssKbAfterDump;
            seatedHeap += (seated.Heap?.Bytes ?? 0) - (last.Heap?.Bytes ?? 0);
            connectionHeap += (connected.Heap?.Bytes ?? 0) - (seated.Heap?.Bytes ?? 0);
            var n = _open.Count;
            steps.Add(new
            {
                connections = n,
                seat_s = Math.Round(seatSeconds, 1),
                connect_s = Math.Round(connectSeconds, 1),
                seated = seated.Json(),
                connected = connected.Json(),
                rss_bytes_per_connection = Math.Round(connectionRss * 1024.0 / n),
                heap_bytes_per_connection = server.CanDumpHeap ? Math.Round(connectionHeap / (double)n) : (double?)null,
                rss_bytes_per_seated_player = Math.Round(seatedRss * 1024.0 / n),
                heap_bytes_per_seated_player = server.CanDumpHeap ? Math.Round(seatedHeap / (double)n) : (double?)null,
                rss_bytes_per_player_overall = Math.Round((connected.RssKbAfterDump - before.RssKbAfterDump) * 1024.0 / n),
                heap_bytes_per_player_overall = server.CanDumpHeap ? Math.Round(((connected.Heap?.Bytes ?? 0) - (before.Heap?.Bytes ?? 0)) / (double)n) : (double?)null,
                heap_assemblies_per_connection = connected.Heap is { } ha && seated.Heap is { } sa ? ByAssembly(sa, ha, players.Length) : null,
                heap_types_per_connection = connected.Heap is { } h && seated.Heap is { } s ? Growth(s, h, players.Length) : null,
            });
            last = connected;
        }
        var messages = _open.Sum(w => w.Messages);
        return new { before = before.Json(), steps, messages_received_by_idle_connections = messages };
    }

    public async Task CloseAsync()
    {
        foreach (var watcher in _open)
        {
            await watcher.DisposeAsync();
        }
        _open.Clear();
    }

    /// <summary>The types whose live bytes grew most across one connecting step, per connection opened.</summary>
    private static object[] Growth(HeapDump from, HeapDump to, int connections) =>
        [.. Deltas(from, to)
            .Where(t => t.Bytes > 0)
            .OrderByDescending(t => t.Bytes)
            .Take(120)
            .Select(t => (object)new { type = t.Type, bytes = Math.Round(t.Bytes / (double)connections, 1), objects = Math.Round(t.Count / (double)connections, 2) })];

    /// <summary>The same growth summed by the assembly that defines each type (the report's <c>[assembly]</c>), net of shrinking types.</summary>
    private static object[] ByAssembly(HeapDump from, HeapDump to, int connections) =>
        [.. Deltas(from, to)
            .GroupBy(t => t.Type.LastIndexOf('[') is var at and >= 0 ? t.Type[(at + 1)..].TrimEnd(']', ' ') : "?")
            .Select(g => (Assembly: g.Key, Bytes: g.Sum(t => t.Bytes), Count: g.Sum(t => t.Count)))
            .Where(g => g.Bytes != 0)
            .OrderByDescending(g => g.Bytes)
            .Select(g => (object)new { assembly = g.Assembly, bytes = Math.Round(g.Bytes / (double)connections, 1), objects = Math.Round(g.Count / (double)connections, 2) })];

    private static IEnumerable<(string Type, long Bytes, long Count)> Deltas(HeapDump from, HeapDump to) =>
        to.Types.Keys.Union(from.Types.Keys).Select(type =>
        {
            var (b0, c0) = from.Types.GetValueOrDefault(type);
            var (b1, c1) = to.Types.GetValueOrDefault(type);
            return (type, b1 - b0, c1 - c0);
        });

    private async Task<Measure> MeasureAsync(string what)
    {
        var rss = server.RssKb();
        var heap = await server.DumpHeapAsync(Scratch());
        var measure = new Measure(rss, server.RssKb(), heap, server.OpenDescriptors(), server.Threads());
        Console.Error.WriteLine($"idle: {what}: RSS {rss / 1024.0:F1} MiB, heap {(heap is null ? "-" : $"{heap.Bytes / 1048576.0:F1} MiB")}, {measure.Descriptors} descriptors");
        return measure;
    }

    private static string Scratch() => Path.Combine(Path.GetTempPath(), $"keel-lobby-bench-{Environment.ProcessId}.gcdump");

    private static ParallelOptions Parallelism(int degree, CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = degree, CancellationToken = cancellationToken };

    private sealed record Measure(long RssKb, long RssKbAfterDump, HeapDump? Heap, int Descriptors, long Threads)
    {
        public object Json() => new
        {
            rss_kb = RssKb,
            rss_kb_after_full_gc = RssKbAfterDump,
            heap_bytes = Heap?.Bytes,
            heap_objects = Heap?.Objects,
            descriptors = Descriptors,
            threads = Threads,
        };
    }
}
