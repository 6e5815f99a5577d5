using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text.Json;
using Keel.Bench.Projections;
using Keel.Domain.Statistics;
using Keel.Grains.EventLog;
using Keel.Grains.Hosting;
using Keel.Grains.Interfaces.Statistics;
using Keel.Grains.Projections;
using Keel.Grains.Streaming;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// Projections (issue 19, item 4), one measure per process. Storage comes from the environment as for Keel
// (Keel__Storage, ConnectionStrings__Postgres). The silo hosts the Statistics service only: the synthetic games' events
// below are read by its projection and by nothing else (the subscriptions to them are hosted nowhere, so they wait). Modes:
//   lag RATE SECONDS   RATE events/s for SECONDS (games of three events: dealt, finished, paid out): the Statistics
//                      projection's lag (occurred -> committed with its rows), beside a bare reader of the same log
//                      in the same process (read only, no rows, no commit), woken the same way
//   rebuild EVENTS     a log of EVENTS such events; a bare read of all of it, then a rebuild of the projection: events/s
var mode = args.Length > 0 ? args[0] : throw new ArgumentException("mode: lag RATE SECONDS | rebuild EVENTS");
var result = mode switch
{
    "lag" => await LagAsync(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture)),
    "rebuild" => await RebuildAsync(int.Parse(args[1], CultureInfo.InvariantCulture)),
    _ => throw new ArgumentException($"unknown mode {mode}"),
};
Console.WriteLine($"BENCH_PROJECTIONS {JsonSerializer.Serialize(result)}");
return 0;

static async Task<object> LagAsync(int rate, int seconds)
{
    var warmUp = TimeSpan.FromSeconds(3);
    var measuring = false;
    var lag = new List<double>();
    using var listener = new MeterListener();
    listener.InstrumentPublished = (instrument, l) =>
    {
        if (instrument.Meter.Name == "Keel" && instrument.Name == "keel.projection.lag")
        {
            l.EnableMeasurementEvents(instrument);
        }
    };
    listener.SetMeasurementEventCallback<double>((_, value, _, _) =>
    {
        if (Volatile.Read(ref measuring))
        {
            lock (lag)
            {
                lag.Add(value);
            }
        }
    });
    listener.Start();

    using var host = await StartHostAsync();
    var log = host.Services.GetRequiredService<IEventLog>();
    var games = new SyntheticGames();
    using var stop = new CancellationTokenSource();
    using var bare = new BareReader(host.Services.GetRequiredService<IProjectionStore>(), host.Services.GetRequiredService<AppendFeed>());
    var reading = bare.RunAsync(() => Volatile.Read(ref measuring), stop.Token);

    var clock = Stopwatch.StartNew();
    var gamesPerSecond = rate / (double)SyntheticGames.EventsPerGame;
    var appendTimes = new List<double>();
    while (clock.Elapsed < warmUp + TimeSpan.FromSeconds(seconds))
    {
        Volatile.Write(ref measuring, clock.Elapsed >= warmUp);
        var due = (long)(gamesPerSecond * clock.Elapsed.TotalSeconds) - games.Count;
        if (due > 0)
        {
            var started = clock.Elapsed;
            await log.AppendAsync(games.Next((int)due, DateTimeOffset.UtcNow));
            appendTimes.Add((clock.Elapsed - started).TotalMilliseconds);
        }
        await Task.Delay(5);
    }
    Volatile.Write(ref measuring, false);
    var elapsed = clock.Elapsed;
    var totals = await CaughtUpAsync(host.Services.GetRequiredService<IReadModels>(), games, TimeSpan.FromSeconds(60));
    await bare.CaughtUpAsync(games.Count * SyntheticGames.EventsPerGame, TimeSpan.FromSeconds(60));
    await stop.CancelAsync();
    await reading;
    await host.StopAsync();
    double[] projected;
    lock (lag)
    {
        projected = [.. lag];
    }
    return new
    {
        mode = "lag",
        storage = StorageName(),
        target_events_per_second = rate,
        events = games.Count * SyntheticGames.EventsPerGame,
        achieved_events_per_second = Math.Round(games.Count * SyntheticGames.EventsPerGame / elapsed.TotalSeconds),
        measured_seconds = seconds,
        totals_games_played = totals.GamesPlayed,
        projection = Percentiles(projected),
        bare_reader = Percentiles(bare.Lag()),
        append_call = Percentiles([.. appendTimes]),
    };
}

static async Task<object> RebuildAsync(int events)
{
    using var host = await StartHostAsync();
    var log = host.Services.GetRequiredService<IEventLog>();
    var store = host.Services.GetRequiredService<IProjectionStore>();
    var models = host.Services.GetRequiredService<IReadModels>();
    var games = new SyntheticGames();
    var gameCount = events / SyntheticGames.EventsPerGame;
    var clock = Stopwatch.StartNew();
    const int GamesPerAppend = 500;
    var batches = Enumerable.Range(0, (gameCount + GamesPerAppend - 1) / GamesPerAppend)
        .Select(i => games.Next(Math.Min(GamesPerAppend, gameCount - i * GamesPerAppend), DateTimeOffset.UtcNow)).ToArray();
    await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (batch, _) => await log.AppendAsync(batch));
    var filled = clock.Elapsed;
    await CaughtUpAsync(models, games, TimeSpan.FromMinutes(10));
    var live = clock.Elapsed;
    var total = games.Count * SyntheticGames.EventsPerGame;

    // The baseline: a bare read of the whole log, a batch at a time, as the projection reads it.
    clock.Restart();
    var read = 0L;
    var after = LogPosition.Start;
    while (true)
    {
        var batch = await store.ReadAsync(SyntheticGames.Services, after, 1000, CancellationToken.None);
        if (batch.Count == 0)
        {
            break;
        }
        read += batch.Count;
        after = batch[^1].Position;
    }
    var bareRead = clock.Elapsed;
    if (read != total)
    {
        throw new InvalidOperationException($"the bare read saw {read} events of {total}");
    }

    clock.Restart();
    if (!await models.RebuildAsync(StatisticsService.Projection))
    {
        throw new InvalidOperationException("the projection was not there to rebuild");
    }
    var deadline = TimeSpan.FromMinutes(10);
    while (true)
    {
        var status = (await models.StatusAsync()).Single(s => s.Name == StatisticsService.Projection);
        if (status.Builds == 2 && status.Events >= total)
        {
            break;
        }
        if (clock.Elapsed > deadline)
        {
            throw new TimeoutException($"the rebuild had read {status.Events} of {total} events after {deadline}");
        }
        await Task.Delay(20);
    }
    var rebuilt = clock.Elapsed;
    var totals = await CaughtUpAsync(models, games, TimeSpan.FromSeconds(10));
    await host.StopAsync();
    return new
    {
        mode = "rebuild",
        storage = StorageName(),
        events = total,
        fill_seconds = Math.Round(filled.TotalSeconds, 1),
        live_caught_up_seconds = Math.Round(live.TotalSeconds, 1),
        bare_read_seconds = Math.Round(bareRead.TotalSeconds, 2),
        bare_read_events_per_second = Math.Round(total / bareRead.TotalSeconds),
        rebuild_seconds = Math.Round(rebuilt.TotalSeconds, 2),
        rebuild_events_per_second = Math.Round(total / rebuilt.TotalSeconds),
        totals_games_played = totals.GamesPlayed,
    };
}

// Until the totals row counts every game: played, finished and paid out exactly once each (or fails at the deadline).
static async Task<GameTotals> CaughtUpAsync(IReadModels models, SyntheticGames games, TimeSpan deadline)
{
    var clock = Stopwatch.StartNew();
    while (true)
    {
        var totals = await models.FindAsync<GameTotals>(StatisticsService.Projection, GameTotals.Key) ?? GameTotals.None;
        if (totals == games.Totals)
        {
            return totals;
        }
        if (totals.GamesPlayed > games.Count || totals.PaidOut > games.Totals.PaidOut || clock.Elapsed > deadline)
        {
            throw new InvalidOperationException($"the projection's totals {totals} are not the games' {games.Totals} (after {clock.Elapsed.TotalSeconds:0.0} s)");
        }
        await Task.Delay(20);
    }
}

static string StorageName() => Environment.GetEnvironmentVariable("Keel__Storage") ?? "Memory";

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
        // The Wallet's subscription to these games is hosted nowhere (its deliveries wait): not this measure's noise.
        ["Logging:LogLevel:Polly"] = "Error",
        [KeelSettings.Services] = StatisticsService.Name,
        ["Keel:Mail:PickupDirectory"] = Directory.CreateTempSubdirectory("keel-bench-projections-").FullName,
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
    if (values.Length == 0)
    {
        throw new InvalidOperationException("no values were measured");
    }
    Array.Sort(values);
    double At(double p) => Math.Round(values[Math.Min(values.Length - 1, (int)Math.Ceiling(p * values.Length) - 1)], 1);
    return new { count = values.Length, p50_ms = At(0.50), p99_ms = At(0.99), max_ms = Math.Round(values[^1], 1) };
}
