using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Keel.Bench.InProcess;
using Keel.Contracts.Users;
using Keel.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// In-process command throughput: one Keel silo (memory mode) in this process, calls through its IGrainFactory,
// no HTTP. A Stopwatch harness (BenchmarkDotNet's process-per-benchmark model fits a hosted silo badly): for each
// benchmark a warm-up, then 3 measured repetitions of a fixed time, CONCURRENCY callers in a closed loop.
// Arguments: [seconds per repetition (10)] [warm-up seconds (3)] [concurrency (64)] [repetitions (3)]
var seconds = ArgOr(0, 10);
var warmupSeconds = ArgOr(1, 3);
var concurrency = ArgOr(2, 64);
var repetitions = ArgOr(3, 3);

var pickup = Directory.CreateTempSubdirectory("keel-bench-inprocess-");
try
{
    var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
    {
        EnvironmentName = Environments.Production,
        ContentRootPath = AppContext.BaseDirectory,
    });
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Keel:Storage"] = "Memory",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Keel:Mail:PickupDirectory"] = pickup.FullName,
    });
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
    var config = builder.Configuration;
    builder.UseOrleans(silo => silo.UseLocalhostClustering(FreePort(), FreePort()).AddKeelServices(config));
    using var host = builder.Build();
    await host.StartAsync();
    var grains = host.Services.GetRequiredService<IGrainFactory>();

    var run = Guid.NewGuid().ToString("N")[..8];
    long sequence = 0;
    // Each caller talks to its own echo grain: the figure is the call, not an activation.
    Func<int, Task> echo = async worker =>
    {
        var value = await grains.GetGrain<IEchoGrain>(worker).EchoAsync("ping");
        if (value.Length != 4)
        {
            throw new InvalidOperationException("echo answered wrongly");
        }
    };
    // Keel's path as the Api drives it: a new user grain and a new address per call.
    Func<int, Task> register = async worker =>
    {
        var n = Interlocked.Increment(ref sequence);
        var command = new RegisterUser($"p{run}-{worker}-{n}@bench.example.com", $"Bench User {n}");
        var result = await grains.GetGrain<IUserGrain>(Guid.CreateVersion7()).RegisterAsync(command);
        if (result.Rejection is not null)
        {
            throw new InvalidOperationException($"registration rejected: {result.Rejection}");
        }
    };

    var echoResult = await MeasureAsync("orleans-echo", echo);
    var registerResult = await MeasureAsync("keel-register", register);
    var ratio = registerResult.Median / echoResult.Median;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"register / echo = {ratio:P2} (Keel's RegisterAsync costs {echoResult.Median / registerResult.Median:F1}× a trivial grain call)"));
    Console.WriteLine("BENCH_INPROC " + JsonSerializer.Serialize(new
    {
        harness = "stopwatch",
        seconds,
        warmup_seconds = warmupSeconds,
        concurrency,
        repetitions,
        echo = echoResult,
        register = registerResult,
        register_over_echo = Math.Round(ratio, 5),
    }));
    await host.StopAsync();
    return 0;
}
finally
{
    pickup.Delete(recursive: true);
}

async Task<Result> MeasureAsync(string name, Func<int, Task> operation)
{
    await LoopAsync(operation, TimeSpan.FromSeconds(warmupSeconds));
    var rates = new List<double>();
    for (var i = 0; i < repetitions; i++)
    {
        var stopwatch = Stopwatch.StartNew();
        var ops = await LoopAsync(operation, TimeSpan.FromSeconds(seconds));
        var rate = ops / stopwatch.Elapsed.TotalSeconds;
        rates.Add(Math.Round(rate, 1));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} repetition {i + 1}: {ops} calls, {rate:F0} ops/s"));
    }
    var sorted = rates.Order().ToList();
    return new Result(name, sorted[sorted.Count / 2], Math.Round(rates.Average(), 1), rates);
}

async Task<long> LoopAsync(Func<int, Task> operation, TimeSpan duration)
{
    long ops = 0;
    var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
    var workers = Enumerable.Range(0, concurrency).Select(async worker =>
    {
        await Task.Yield();
        while (Stopwatch.GetTimestamp() < deadline)
        {
            await operation(worker);
            Interlocked.Increment(ref ops);
        }
    });
    await Task.WhenAll(workers);
    return ops;
}

int ArgOr(int index, int fallback) =>
    args.Length > index && int.TryParse(args[index], CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

internal sealed record Result(string Name, double Median, double Mean, List<double> Repetitions);
