using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Keel.Bench.InProcess;
using Keel.Domain.Users;
using Keel.Grains.Interfaces.Users;
using Keel.Grains.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// In-process command throughput: one Keel silo (memory mode) in this process, calls through its IGrainFactory,
// no HTTP. A Stopwatch harness (BenchmarkDotNet's process-per-benchmark model fits a hosted silo badly): for each
// benchmark a warm-up, then 3 measured repetitions of a fixed time, CONCURRENCY callers in a closed loop.
// Arguments: [seconds per repetition (10)] [warm-up seconds (3)] [concurrency (64)] [repetitions (3)]
//            [user grains kept active for the bytes-per-active-grain measure (20000)]
var seconds = ArgOr(0, 10);
var warmupSeconds = ArgOr(1, 3);
var concurrency = ArgOr(2, 64);
var repetitions = ArgOr(3, 3);

// Mail files go to tmpfs when there is one (see bench/run.sh: ext4's inode allocator otherwise distorts the figures).
var pickup = Directory.Exists("/dev/shm")
    ? Directory.CreateDirectory(Path.Combine("/dev/shm", $"keel-bench-inprocess-{Guid.NewGuid():N}"))
    : Directory.CreateTempSubdirectory("keel-bench-inprocess-");
var activeUsers = ArgOr(4, 20_000);
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
    // Orleans' own cost of a one-shot grain: a new activation per call, released after it. A registration makes one
    // (the mailbox): the user is registered by a stateless worker, the address's claim is appended with it, and the
    // welcome-mail subscription's activation serves its whole delivery bucket.
    Func<int, Task> fresh = async _ =>
    {
        var value = await grains.GetGrain<IFreshGrain>(Guid.NewGuid()).TouchAsync("ping");
        if (value.Length != 4)
        {
            throw new InvalidOperationException("fresh grain answered wrongly");
        }
    };
    // Keel's path as the Api drives it: a new user and a new address per call, through the registration worker.
    Func<int, Task> register = async worker =>
    {
        var n = Interlocked.Increment(ref sequence);
        var command = new RegisterUser(EmailAddress.Parse($"p{run}-{worker}-{n}@bench.example.com"), PersonName.Parse($"Bench User {n}"));
        var result = await grains.GetGrain<IUserRegistrationGrain>(0).RegisterAsync(Guid.CreateVersion7(), command);
        if (result.Rejection is not null)
        {
            throw new InvalidOperationException($"registration rejected: {result.Rejection}");
        }
    };

    var echoResult = await MeasureAsync("orleans-echo", echo);
    var freshResult = await MeasureAsync("orleans-fresh-activation", fresh);
    // A registration's delivery and welcome mail count with it: each repetition ends when the mails have caught up.
    using var mails = new SentMails();
    long registered = 0;
    Func<int, Task> registerCounted = async worker =>
    {
        await register(worker);
        Interlocked.Increment(ref registered);
    };
    var registerResult = await MeasureAsync("keel-register", registerCounted, () => mails.WaitForAsync(Interlocked.Read(ref registered), TimeSpan.FromMinutes(2)));
    var ratio = registerResult.Median / echoResult.Median;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"register / echo = {ratio:P2} (Keel's RegisterAsync costs {echoResult.Median / registerResult.Median:F1}× a trivial grain call)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"register / fresh activation = {registerResult.Median / freshResult.Median:P2} (a registration costs {freshResult.Median / registerResult.Median:F1}× a one-shot activation)"));
    var bytesPerActiveUser = await BytesPerActiveUserAsync(grains, run, activeUsers);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"managed heap per active user grain: {bytesPerActiveUser:F0} bytes ({activeUsers} user grains kept active)"));
    Console.WriteLine("BENCH_INPROC " + JsonSerializer.Serialize(new
    {
        harness = "stopwatch",
        seconds,
        warmup_seconds = warmupSeconds,
        concurrency,
        repetitions,
        echo = echoResult,
        fresh_activation = freshResult,
        register = registerResult,
        register_over_echo = Math.Round(ratio, 5),
        register_over_fresh_activation = Math.Round(registerResult.Median / freshResult.Median, 5),
        active_users = activeUsers,
        bytes_per_active_user_grain = Math.Round(bytesPerActiveUser),
    }));
    await host.StopAsync();
    return 0;
}
finally
{
    pickup.Delete(recursive: true);
}

// Registers COUNT users (their grains deactivate after the command), then reads each one: a read keeps its activation
// for the collection age (2 min). The managed heap after a full blocking collection, before and after the reads,
// divided by COUNT is what one active user grain holds (activation, state, catalog and directory entries).
async Task<double> BytesPerActiveUserAsync(IGrainFactory grains, string run, int count)
{
    var ids = Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7()).ToArray();
    await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
    {
        var result = await grains.GetGrain<IUserGrain>(ids[i]).RegisterAsync(new RegisterUser(EmailAddress.Parse($"a{run}-{i}@bench.example.com"), PersonName.Parse($"Active User {i}")));
        if (result.Rejection is not null)
        {
            throw new InvalidOperationException($"registration rejected: {result.Rejection}");
        }
    });
    await Task.Delay(TimeSpan.FromSeconds(2)); // the welcome mails and the deactivations finish
    var before = SettledHeap();
    await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (id, _) =>
    {
        if (await grains.GetGrain<IUserGrain>(id).GetAsync() is null)
        {
            throw new InvalidOperationException("a registered user was not found");
        }
    });
    var after = SettledHeap();
    return (after - before) / (double)count;

    static long SettledHeap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

async Task<Result> MeasureAsync(string name, Func<int, Task> operation, Func<Task>? settle = null)
{
    settle ??= () => Task.CompletedTask;
    await LoopAsync(operation, TimeSpan.FromSeconds(warmupSeconds));
    await settle();
    var rates = new List<double>();
    long allocated = 0, operations = 0;
    for (var i = 0; i < repetitions; i++)
    {
        // Everything the process allocates meanwhile counts: the silo's own background work is a small part of it.
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        var ops = await LoopAsync(operation, TimeSpan.FromSeconds(seconds));
        await settle(); // the work the operations left behind (deliveries) is part of them: time and bytes
        var rate = ops / stopwatch.Elapsed.TotalSeconds;
        allocated += GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        operations += ops;
        rates.Add(Math.Round(rate, 1));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} repetition {i + 1}: {ops} calls, {rate:F0} ops/s"));
    }
    var sorted = rates.Order().ToList();
    var bytesPerOperation = Math.Round(allocated / (double)Math.Max(operations, 1));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {bytesPerOperation:F0} bytes allocated per call"));
    return new Result(name, sorted[sorted.Count / 2], Math.Round(rates.Average(), 1), rates, bytesPerOperation);
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

internal sealed record Result(string Name, double Median, double Mean, List<double> Repetitions, double AllocatedBytesPerCall);
