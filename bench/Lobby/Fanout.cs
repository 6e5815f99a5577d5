using System.Diagnostics;

namespace Keel.Bench.Lobby;

/// <summary>
/// Fan-out latency: <c>rooms</c> rooms of four seats, four players each, every player connected (Server-Sent Events).
/// Three players sit in each room; the fourth is out (connected, in no room). A cycle in a room: the seated one of
/// players 2 and 3 leaves, then the other joins. What is measured is the join: from just before its POST is sent to the
/// moment its <c>player-joined</c> message has been read at each of the two players seated throughout (each (join,
/// watcher) pair is one delivery), in the same process as the client. The joiner's own connection is not counted: it
/// moves into the room and is sent the room from its first event. <c>concurrency</c> rooms cycle at once.
/// </summary>
internal sealed class Fanout(LobbyClient client, ServerProcess? server, Options options)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private readonly Samples _joinDeliveries = new();
    private readonly Samples _joinAll = new();
    private readonly Samples _joinPosts = new();
    private readonly Samples _leaveDeliveries = new();
    private int _missing;
    private int _errors;
    private int _joins;

    public Table[] Tables { get; private set; } = [];

    public async Task<object> RunAsync(CancellationToken cancellationToken)
    {
        var setup = Stopwatch.StartNew();
        Tables = Table.Create(client, $"{options.Run}f", options.Rooms, Table.Seats);
        var players = Tables.SelectMany(t => t.Players).ToArray();
        await Parallel.ForEachAsync(players, Parallelism(32, cancellationToken), async (player, ct) => await player.OpenAsync(client.Streams, ct));
        // Seated once every seat's connection has the last join: each of the three follows the room.
        await Parallel.ForEachAsync(Tables, Parallelism(16, cancellationToken), async (table, ct) =>
        {
            var last = table.Players[2];
            var seen = table.Seated.Select(p => (p, p.Expect("player-joined", last.Player))).ToArray();
            await table.SeatAsync(client, ct);
            await AwaitAllAsync(seen);
        });
        if (_missing > 0)
        {
            throw new InvalidOperationException($"{_missing} seated players did not see the room's last join within {Deadline.TotalSeconds} s");
        }
        var setupSeconds = setup.Elapsed.TotalSeconds;
        Console.Error.WriteLine($"fan-out: {players.Length} players connected, {Tables.Length} rooms seated in {setupSeconds:F1} s; warm-up {options.WarmupCycles} cycles");

        await CyclesAsync(options.WarmupCycles, int.MaxValue, TimeSpan.FromSeconds(options.Seconds), record: false, cancellationToken);
        _missing = _errors = 0;

        var messagesBefore = players.Sum(p => p.Messages);
        var serverCpu = server?.CpuSeconds();
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var measured = Stopwatch.StartNew();
        await CyclesAsync(int.MaxValue, options.Deliveries, TimeSpan.FromSeconds(options.Seconds), record: true, cancellationToken);
        var seconds = measured.Elapsed.TotalSeconds;
        var serverCpuSeconds = server is null ? (double?)null : server.CpuSeconds() - serverCpu!.Value;
        var clientCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - clientCpu).TotalSeconds;
        var messages = players.Sum(p => p.Messages) - messagesBefore;
        Console.Error.WriteLine($"fan-out: {_joins} joins, {_joinDeliveries.Count} deliveries in {seconds:F1} s");
        return new
        {
            players = players.Length,
            rooms = Tables.Length,
            concurrency = options.Concurrency,
            setup_s = Math.Round(setupSeconds, 1),
            warmup_cycles = options.WarmupCycles,
            measured_s = Math.Round(seconds, 2),
            joins = _joins,
            joins_per_s = Math.Round(_joins / seconds, 1),
            messages_received = messages,
            missing_deliveries = _missing,
            failed_commands = _errors,
            broken_rooms = Tables.Count(t => t.Broken),
            join_to_watcher_ms = _joinDeliveries.Summary(),
            join_to_all_watchers_ms = _joinAll.Summary(),
            join_post_response_ms = _joinPosts.Summary(),
            leave_to_watcher_ms = _leaveDeliveries.Summary(),
            server_cpu_s = serverCpuSeconds is { } s ? Math.Round(s, 2) : (double?)null,
            server_cpu_ms_per_cycle = serverCpuSeconds is { } c && _joins > 0 ? Math.Round(c * 1000 / _joins, 3) : (double?)null,
            client_cpu_s = Math.Round(clientCpuSeconds, 2),
        };
    }

    /// <summary>Leave/join cycles in <c>concurrency</c> rooms at once, until a count, the deliveries wanted or the time is reached.</summary>
    private async Task CyclesAsync(int cycles, int deliveries, TimeSpan limit, bool record, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var done = 0;
        bool More() => Volatile.Read(ref done) < cycles && (!record || _joinDeliveries.Count < deliveries) && started.Elapsed < limit;
        var workers = Enumerable.Range(0, options.Concurrency).Select(async worker =>
        {
            for (var i = worker; More(); i += options.Concurrency)
            {
                var table = Tables[i % Tables.Length];
                if (table.Broken)
                {
                    continue;
                }
                Interlocked.Increment(ref done);
                await CycleAsync(table, record, cancellationToken);
            }
        });
        await Task.WhenAll(workers);
    }

    private async Task CycleAsync(Table table, bool record, CancellationToken cancellationToken)
    {
        var leaver = table.Players[table.Mover];
        var joiner = table.Players[5 - table.Mover];
        try
        {
            var left = table.Stayers.Select(w => (w, w.Expect("player-left", leaver.Player))).ToArray();
            var sent = Stopwatch.GetTimestamp();
            await client.LeaveAsync(leaver, cancellationToken);
            foreach (var at in await AwaitAllAsync(left))
            {
                if (record && at is { } t)
                {
                    _leaveDeliveries.Add(Samples.Ms(sent, t));
                }
            }

            var joined = table.Stayers.Select(w => (w, w.Expect("player-joined", joiner.Player))).ToArray();
            sent = Stopwatch.GetTimestamp();
            await client.JoinAsync(joiner, table.Address, cancellationToken);
            var answered = Stopwatch.GetTimestamp();
            var arrivals = await AwaitAllAsync(joined);
            table.Mover = 5 - table.Mover;
            if (!record)
            {
                return;
            }
            Interlocked.Increment(ref _joins);
            _joinPosts.Add(Samples.Ms(sent, answered));
            foreach (var at in arrivals)
            {
                if (at is { } t)
                {
                    _joinDeliveries.Add(Samples.Ms(sent, t));
                }
            }
            if (arrivals.All(a => a is not null))
            {
                _joinAll.Add(Samples.Ms(sent, arrivals.Max(a => a!.Value)));
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or TaskCanceledException)
        {
            Interlocked.Increment(ref _errors);
            table.Broken = true;
            Console.Error.WriteLine($"fan-out: {ex.Message}");
        }
    }

    /// <summary>The arrival timestamps, null for a message that did not come within the deadline (counted missing).</summary>
    private async Task<long?[]> AwaitAllAsync((Watcher Watcher, Expectation Expectation)[] awaited)
    {
        try
        {
            await Task.WhenAll(awaited.Select(a => a.Expectation.Arrived.Task)).WaitAsync(Deadline);
        }
        catch (TimeoutException)
        {
        }
        return [.. awaited.Select(a =>
        {
            if (a.Expectation.Arrived.Task.IsCompletedSuccessfully)
            {
                return a.Expectation.Arrived.Task.Result;
            }
            a.Watcher.Forget(a.Expectation);
            Interlocked.Increment(ref _missing);
            return (long?)null;
        })];
    }

    private static ParallelOptions Parallelism(int degree, CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = degree, CancellationToken = cancellationToken };
}
