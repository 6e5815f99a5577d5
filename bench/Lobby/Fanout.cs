using System.Diagnostics;

namespace Keel.Bench.Lobby;

/// <summary>
/// Fan-out latency: <c>rooms</c> rooms of four seats, four players each, every player connected (Server-Sent Events).
/// Three players sit in each room; the fourth is out (connected, in no room). A cycle in a room: the seated one of
/// players 2 and 3 leaves, then the other joins. What is measured is the join: from just before its POST is sent to the
/// moment its <c>player-joined</c> message has been read at each of the two players seated throughout (each (join,
/// watcher) pair is one delivery), in the same process as the client. The joiner's own connection is not counted: it
/// moves into the room and is sent the room as it now is (a <c>room</c> message, with the joiner seated). <c>concurrency</c> rooms cycle at once; then the same
/// with one room at a time.
/// </summary>
internal sealed class Fanout(LobbyClient client, ServerProcess? server, Options options)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private int _missing;
    private double? _quietCores;

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

        await CyclesAsync(new Phase(options.Concurrency), options.WarmupCycles, int.MaxValue, record: false, cancellationToken);
        // What the server spends with every player connected and nothing happening: its timers, pollers and renewals
        // (measured after a settle, so that the compilations the warm-up started are over).
        await Task.Delay(TimeSpan.FromSeconds(options.SettleSeconds), cancellationToken);
        var quietFrom = server?.CpuSeconds();
        var quiet = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(options.SettleSeconds), cancellationToken);
        _quietCores = server is null ? null : (server.CpuSeconds() - quietFrom!.Value) / quiet.Elapsed.TotalSeconds;
        var loaded = await MeasureAsync(new Phase(options.Concurrency), options.Deliveries, players, cancellationToken);
        // The same one room at a time: the latency of a join with nothing else in flight.
        var alone = await MeasureAsync(new Phase(1), options.SequentialDeliveries, players, cancellationToken);
        return new
        {
            players = players.Length,
            rooms = Tables.Length,
            setup_s = Math.Round(setupSeconds, 1),
            warmup_cycles = options.WarmupCycles,
            concurrency = options.Concurrency,
            quiet_server_cpu_cores = _quietCores is { } q ? Math.Round(q, 3) : (double?)null,
            loaded,
            sequential = alone,
        };
    }

    private async Task<object> MeasureAsync(Phase phase, int deliveries, Watcher[] players, CancellationToken cancellationToken)
    {
        var messagesBefore = players.Sum(p => p.Messages);
        var serverCpu = server?.CpuSeconds();
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var measured = Stopwatch.StartNew();
        await CyclesAsync(phase, int.MaxValue, deliveries, record: true, cancellationToken);
        var seconds = measured.Elapsed.TotalSeconds;
        var serverCpuSeconds = server is null ? (double?)null : server.CpuSeconds() - serverCpu!.Value;
        var clientCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - clientCpu).TotalSeconds;
        var messages = players.Sum(p => p.Messages) - messagesBefore;
        Console.Error.WriteLine($"fan-out, {phase.Concurrency} room(s) at once: {phase.Joins} joins, {phase.JoinDeliveries.Count} deliveries in {seconds:F1} s");
        return new
        {
            concurrency = phase.Concurrency,
            measured_s = Math.Round(seconds, 2),
            joins = phase.Joins,
            joins_per_s = Math.Round(phase.Joins / seconds, 1),
            messages_received = messages,
            messages_per_cycle = phase.Joins > 0 ? Math.Round(messages / (double)phase.Joins, 2) : (double?)null,
            missing_deliveries = phase.Missing,
            failed_commands = phase.Errors,
            broken_rooms = Tables.Count(t => t.Broken),
            join_to_watcher_ms = phase.JoinDeliveries.Summary(),
            join_to_all_watchers_ms = phase.JoinAll.Summary(),
            join_post_response_ms = phase.JoinPosts.Summary(),
            join_answered_to_watcher_ms = phase.AfterAnswer.Summary(),
            leave_to_watcher_ms = phase.LeaveDeliveries.Summary(),
            server_cpu_s = serverCpuSeconds is { } s ? Math.Round(s, 2) : (double?)null,
            server_cpu_ms_per_cycle = serverCpuSeconds is { } c && phase.Joins > 0 ? Math.Round(c * 1000 / phase.Joins, 3) : (double?)null,
            server_cpu_ms_per_cycle_above_quiet = serverCpuSeconds is { } cq && _quietCores is { } q && phase.Joins > 0
                ? Math.Round((cq - q * seconds) * 1000 / phase.Joins, 3)
                : (double?)null,
            client_cpu_s = Math.Round(clientCpuSeconds, 2),
        };
    }

    /// <summary>Leave/join cycles in <c>phase.Concurrency</c> rooms at once, until a count, the deliveries wanted or the time bound.</summary>
    private async Task CyclesAsync(Phase phase, int cycles, int deliveries, bool record, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var limit = TimeSpan.FromSeconds(options.Seconds);
        var done = 0;
        bool More() => Volatile.Read(ref done) < cycles && (!record || phase.JoinDeliveries.Count < deliveries) && started.Elapsed < limit;
        var workers = Enumerable.Range(0, phase.Concurrency).Select(async worker =>
        {
            for (var i = worker; More(); i += phase.Concurrency)
            {
                var table = Tables[i % Tables.Length];
                if (table.Broken)
                {
                    continue;
                }
                Interlocked.Increment(ref done);
                await CycleAsync(table, record ? phase : null, cancellationToken);
            }
        });
        await Task.WhenAll(workers);
    }

    private async Task CycleAsync(Table table, Phase? phase, CancellationToken cancellationToken)
    {
        var leaver = table.Players[table.Mover];
        var joiner = table.Players[5 - table.Mover];
        try
        {
            var left = table.Stayers.Select(w => (w, w.Expect("player-left", leaver.Player))).ToArray();
            var sent = Stopwatch.GetTimestamp();
            await client.LeaveAsync(leaver, cancellationToken);
            foreach (var at in await AwaitAllAsync(left, phase))
            {
                if (phase is not null && at is { } t)
                {
                    phase.LeaveDeliveries.Add(Samples.Ms(sent, t));
                }
            }

            var joined = table.Stayers.Select(w => (w, w.Expect("player-joined", joiner.Player))).ToArray();
            sent = Stopwatch.GetTimestamp();
            await client.JoinAsync(joiner, table.Address, cancellationToken);
            var answered = Stopwatch.GetTimestamp();
            var arrivals = await AwaitAllAsync(joined, phase);
            table.Mover = 5 - table.Mover;
            if (phase is null)
            {
                return;
            }
            Interlocked.Increment(ref phase.Joins);
            phase.JoinPosts.Add(Samples.Ms(sent, answered));
            foreach (var at in arrivals)
            {
                if (at is { } t)
                {
                    phase.JoinDeliveries.Add(Samples.Ms(sent, t));
                    phase.AfterAnswer.Add(Samples.Ms(answered, t));
                }
            }
            if (arrivals.All(a => a is not null))
            {
                phase.JoinAll.Add(Samples.Ms(sent, arrivals.Max(a => a!.Value)));
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or TaskCanceledException)
        {
            if (phase is not null)
            {
                Interlocked.Increment(ref phase.Errors);
            }
            table.Broken = true;
            Console.Error.WriteLine($"fan-out: {ex.Message}");
        }
    }

    /// <summary>The arrival timestamps, null for a message that did not come within the deadline (counted missing).</summary>
    private async Task<long?[]> AwaitAllAsync((Watcher Watcher, Expectation Expectation)[] awaited, Phase? phase = null)
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
            if (phase is not null)
            {
                Interlocked.Increment(ref phase.Missing);
            }
            return (long?)null;
        })];
    }

    private static ParallelOptions Parallelism(int degree, CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = degree, CancellationToken = cancellationToken };

    /// <summary>What one measured phase collected.</summary>
    private sealed class Phase(int concurrency)
    {
        public int Joins;
        public int Missing;
        public int Errors;

        public int Concurrency { get; } = concurrency;

        public Samples JoinDeliveries { get; } = new();

        public Samples JoinAll { get; } = new();

        public Samples JoinPosts { get; } = new();

        public Samples AfterAnswer { get; } = new();

        public Samples LeaveDeliveries { get; } = new();
    }
}
