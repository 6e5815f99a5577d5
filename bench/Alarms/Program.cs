using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text.Json;
using Keel.Bench.Alarms;
using Keel.Domain.Games;
using Keel.Domain.Lobby;
using Keel.Grains.Alarms;
using Keel.Grains.EventLog;
using Keel.Grains.Hosting;
using Keel.Grains.Interfaces;
using Keel.Grains.Interfaces.Games;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

// Alarms (issue 19, item 2), one measure per process so start-up and heap figures are clean. Storage comes from the
// environment as for Keel (Keel__Storage, ConnectionStrings__Postgres). Modes:
//   timeouts GAMES TURN_SECONDS   GAMES matches of two players whose every turn times out until one is knocked out
//                                 (5 timeouts each), beside GAMES Orleans grain timers due as often: lateness, fired once
//   pending-memory COUNT          managed heap per pending alarm: COUNT appends with an alarm beside COUNT without
//   fill alarms|reminders COUNT   COUNT pending alarms (keel_alarms) or Orleans reminders (ADO.NET table) in PostgreSQL
//   startup                       how long the silo takes to start, and its heap once settled
var mode = args.Length > 0 ? args[0] : throw new ArgumentException("mode: timeouts | pending-memory | fill | startup");
var result = mode switch
{
    "timeouts" => await TimeoutsAsync(int.Parse(args[1], CultureInfo.InvariantCulture), double.Parse(args[2], CultureInfo.InvariantCulture)),
    "pending-memory" => await PendingMemoryAsync(int.Parse(args[1], CultureInfo.InvariantCulture)),
    "fill" => await FillAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)),
    "startup" => await StartupAsync(),
    _ => throw new ArgumentException($"unknown mode {mode}"),
};
Console.WriteLine($"BENCH_ALARMS {JsonSerializer.Serialize(result)}");
return 0;

static async Task<object> TimeoutsAsync(int games, double turnSeconds)
{
    var turnTime = TimeSpan.FromSeconds(turnSeconds);
    var lateness = new List<double>();
    var fired = 0L;
    var failed = 0L;
    using var listener = new MeterListener();
    listener.InstrumentPublished = (instrument, l) =>
    {
        if (instrument.Meter.Name == "Keel" && instrument.Name is "keel.alarm.lateness" or "keel.alarms.fired")
        {
            l.EnableMeasurementEvents(instrument);
        }
    };
    listener.SetMeasurementEventCallback<double>((_, value, _, _) => { lock (lateness) { lateness.Add(value); } });
    listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "outcome")
            {
                Interlocked.Add(ref ((string?)tag.Value == "fired" ? ref fired : ref failed), value);
            }
        }
    });
    listener.Start();

    using var host = await StartHostAsync();
    var grains = host.Services.GetRequiredService<IGrainFactory>();
    var run = Guid.NewGuid().ToString("N")[..8];
    var (ada, bob) = (PlayerId.Parse("ada"), PlayerId.Parse("bob"));
    var table = new Table([new TakenSeat(1, ada), new TakenSeat(2, bob)]);
    var matches = Enumerable.Range(0, games).Select(i => grains.GetGrain<IMatchGrain>($"bench-{run}-{i}")).ToArray();
    const int TimeoutsPerMatch = 5; // Ada misses turns 1, 3 and 5 (out on the third), Bob turns 2 and 4
    var clock = Stopwatch.StartNew();
    await Parallel.ForEachAsync(matches, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (match, _) =>
    {
        var dealt = await match.DealAsync(new MatchCommand.Deal(table, Board.StartingCash, turnTime));
        if (!dealt.IsAccepted)
        {
            throw new InvalidOperationException($"deal refused: {dealt.Rejection}");
        }
    });
    var dealing = clock.Elapsed;
    var bound = turnTime * (TimeoutsPerMatch + 2) + dealing + TimeSpan.FromSeconds(30);
    while (true)
    {
        var views = await Task.WhenAll(matches.Select(m => m.GetAsync()));
        if (views.All(v => v!.Ranks.Count > 0))
        {
            var wrong = views.Where(v => v!.Turn != TimeoutsPerMatch || v.Ranks[0] != bob).ToArray();
            if (wrong.Length > 0)
            {
                throw new InvalidOperationException($"{wrong.Length} matches did not end as five timeouts would end them (turn {wrong[0]!.Turn})");
            }
            break;
        }
        if (clock.Elapsed > bound)
        {
            throw new TimeoutException($"{views.Count(v => v!.Ranks.Count == 0)} of {games} matches were still in play after {bound.TotalSeconds:0} s");
        }
        await Task.Delay(250);
    }
    var total = clock.Elapsed;
    // A second wake for an alarm would count as fired: the count proves each fired once.
    await Task.Delay(TimeSpan.FromSeconds(2));
    double[] keelLateness;
    lock (lateness)
    {
        keelLateness = [.. lateness];
    }
    var expected = (long)games * TimeoutsPerMatch;

    // The baseline, in the same process: as many Orleans grain timers, due as often (in memory: lost with the process).
    var timerLateness = new List<double>();
    for (var turn = 0; turn < TimeoutsPerMatch; turn++)
    {
        timerLateness.AddRange(await Task.WhenAll(Enumerable.Range(0, games).Select(i => grains.GetGrain<ITimerGrain>(i).FireAsync(turnTime))));
    }
    await host.StopAsync();
    return new
    {
        mode = "timeouts",
        storage = Environment.GetEnvironmentVariable("Keel__Storage") ?? "Memory",
        games,
        turn_seconds = turnSeconds,
        expected,
        fired = Interlocked.Read(ref fired),
        failed = Interlocked.Read(ref failed),
        seconds = Math.Round(total.TotalSeconds, 1),
        keel = Percentiles(keelLateness),
        grain_timers = Percentiles([.. timerLateness]),
    };
}

static async Task<object> PendingMemoryAsync(int count)
{
    using var host = await StartHostAsync();
    var log = host.Services.GetRequiredService<IEventLog>();
    var alarms = host.Services.GetRequiredService<IAlarmStore>();
    var due = DateTimeOffset.UtcNow.AddDays(1);
    async Task<long> AppendAsync(string prefix, bool withAlarm)
    {
        var before = SettledHeap();
        for (var i = 0; i < count; i += 1000)
        {
            await Task.WhenAll(Enumerable.Range(i, Math.Min(1000, count - i)).Select(n =>
            {
                var stream = $"keel.games.match/{prefix}-{n}";
                var envelope = new EventEnvelope($"{prefix}-{n}/1", 1, DateTimeOffset.UtcNow, null, new MatchEvent.TurnBegan(PlayerId.Parse("ada"), 1));
                return log.AppendAsync(new EventAppend(stream, 0, null, [envelope], withAlarm ? new AlarmChange(1, due) : null));
            }));
        }
        return SettledHeap() - before;
    }
    var without = await AppendAsync("plain", withAlarm: false);
    var with = await AppendAsync("alarmed", withAlarm: true);
    var pending = await alarms.CountAsync();
    await host.StopAsync();
    return new
    {
        mode = "pending-memory",
        count,
        pending,
        bytes_per_append_without_alarm = without / count,
        bytes_per_append_with_alarm = with / count,
        bytes_per_pending_alarm = (with - without) / count,
    };
}

static async Task<object> FillAsync(string kind, int count)
{
    var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Postgres") ?? throw new InvalidOperationException("ConnectionStrings__Postgres is not set");
    var serviceId = Environment.GetEnvironmentVariable("Keel__ServiceId") ?? "keel";
    await using var database = NpgsqlDataSource.Create(connectionString);
    var clock = Stopwatch.StartNew();
    var due = DateTime.UtcNow.AddDays(1);
    for (var from = 0; from < count; from += 10_000)
    {
        var n = Math.Min(10_000, count - from);
        var ids = Enumerable.Range(from, n).Select(i => GrainId.Create("bench.reminder", i.ToString(CultureInfo.InvariantCulture))).ToArray();
        await using var command = kind switch
        {
            "alarms" => database.CreateCommand(
                "INSERT INTO keel_alarms (service_id, stream, armed_version, due_at) SELECT $1, s, 1, $3 FROM unnest($2::text[]) AS s"),
            "reminders" => database.CreateCommand(
                "INSERT INTO orleansreminderstable (serviceid, grainid, remindername, starttime, period, grainhash, version) " +
                "SELECT $1, g, 'turn', $3, 86400000, h, 0 FROM unnest($2::text[], $4::integer[]) AS r(g, h)"),
            _ => throw new ArgumentException($"fill alarms or reminders, not {kind}"),
        };
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = serviceId });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. ids.Select(id => id.ToString())] });
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = due });
        if (kind == "reminders")
        {
            command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. ids.Select(id => unchecked((int)id.GetUniformHashCode()))] });
        }
        await command.ExecuteNonQueryAsync();
    }
    var table = kind == "alarms" ? "keel_alarms" : "orleansreminderstable";
    await using var size = database.CreateCommand($"SELECT pg_total_relation_size('{table}')");
    var bytes = (long)(await size.ExecuteScalarAsync())!;
    return new { mode = "fill", kind, count, seconds = Math.Round(clock.Elapsed.TotalSeconds, 1), table_bytes = bytes, bytes_per_pending = bytes / count };
}

static async Task<object> StartupAsync()
{
    var clock = Stopwatch.StartNew();
    using var host = await StartHostAsync();
    var started = clock.Elapsed;
    // Reminder services load their range after start: the heap is read once they had time to.
    await Task.Delay(TimeSpan.FromSeconds(10));
    var heap = SettledHeap();
    await host.StopAsync();
    return new { mode = "startup", start_ms = Math.Round(started.TotalMilliseconds), settled_heap_bytes = heap };
}

static async Task<IHost> StartHostAsync()
{
    var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
    {
        EnvironmentName = Environments.Production,
        ContentRootPath = AppContext.BaseDirectory,
    });
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Keel:Mail:PickupDirectory"] = Directory.CreateTempSubdirectory("keel-bench-alarms-").FullName,
    });
    builder.Configuration.AddEnvironmentVariables();
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
    var config = builder.Configuration;
    builder.UseOrleans(silo => silo.AddKeel(config, builder.Environment));
    var host = builder.Build();
    await host.StartAsync();
    return host;
}

static object Percentiles(double[] values)
{
    Array.Sort(values);
    double At(double p) => values.Length == 0 ? double.NaN : Math.Round(values[Math.Min(values.Length - 1, (int)Math.Ceiling(p * values.Length) - 1)], 1);
    return new { count = values.Length, p50_ms = At(0.50), p99_ms = At(0.99), max_ms = values.Length == 0 ? double.NaN : Math.Round(values[^1], 1) };
}

static long SettledHeap()
{
    GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    GC.WaitForPendingFinalizers();
    GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    return GC.GetTotalMemory(forceFullCollection: true);
}

