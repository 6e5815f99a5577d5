using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Keel.Domain.Email;
using Keel.Domain.Users;
using Keel.Grains.Interfaces.Email;
using Keel.Grains.Interfaces;
using Keel.Grains.EventLog;
using Keel.Grains.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// A command on an aggregate with a long history against the same command on a fresh aggregate, through a hosted
// silo's grain factory. The history (a mailbox with HISTORY mails) is appended to the event log in batches of 100,
// with the snapshot the grain itself writes every 100 events; then one caller sends COMMANDS welcome mails to it and
// COMMANDS to fresh mailboxes, timing each command. The first command on the long mailbox is its activation
// (snapshot + tail). Arguments: [memory|postgres] [history (10000)] [commands (300)]; PostgreSQL from
// KEEL_BENCH_POSTGRES (an Npgsql connection string).
var mode = args.Length > 0 ? args[0] : "memory";
var history = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
var commands = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 300;
var pickup = Directory.CreateTempSubdirectory("keel-bench-history-");
try
{
    var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Keel:Storage"] = mode == "postgres" ? "Postgres" : "Memory",
        ["ConnectionStrings:Postgres"] = Environment.GetEnvironmentVariable("KEEL_BENCH_POSTGRES"),
        ["Keel:Mail:PickupDirectory"] = pickup.FullName,
    });
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
    var config = builder.Configuration;
    builder.UseOrleans(silo => silo.UseLocalhostClustering(FreePort(), FreePort()).AddKeelServices(config));
    using var host = builder.Build();
    await host.StartAsync();
    var grains = host.Services.GetRequiredService<IGrainFactory>();
    var log = host.Services.GetRequiredService<IEventLog>();
    var run = Guid.NewGuid().ToString("N")[..8];

    var address = $"history-{run}@bench.example.com";
    var stream = $"keel.email.mailbox/{address}";  // the grain id, as the aggregate names its stream
    var mails = new List<MailMessage>(history);
    var filling = Stopwatch.StartNew();
    for (var version = 0; version < history; version += 100)
    {
        var envelopes = Enumerable.Range(version + 1, 100).Select(v =>
        {
            var sent = new MailEvent.Sent($"welcome.{Guid.NewGuid()}", EmailAddress.Parse(address), MailKind.Welcome, $"Welcome {v}", "Hello.", DateTimeOffset.UtcNow);
            mails.Add(new MailMessage(sent.MessageId, sent.To, sent.Subject, sent.Kind, sent.SentAt));
            return new EventEnvelope($"{address}/{v}", v, sent.SentAt, null, sent, StreamKey: address);
        }).ToArray();
        await log.AppendAsync(new EventAppend(stream, version, null, envelopes));
    }
    await log.SaveSnapshotAsync(stream, history, new AggregateSnapshot(history, new Mailbox([.. mails]), []));
    Console.WriteLine($"history: {history} events appended in {filling.Elapsed.TotalSeconds:F1} s");

    Task Send(string to, string name) => grains.GetGrain<IMailboxGrain>(to).SendWelcomeAsync(new SendWelcomeMail(Guid.NewGuid(), name));
    await Time(50, i => Send($"warm-{run}-{i}@bench.example.com", "Warm"));
    var activation = await Time(1, _ => Send(address, "First"));
    var fresh = await Time(commands, i => Send($"fresh-{run}-{i}@bench.example.com", "Fresh"));
    var long_ = await Time(commands, _ => Send(address, "Again"));
    var messages = await grains.GetGrain<IMailboxGrain>(address).GetMessagesAsync();
    if (messages.Count != history + 1 + commands)
    {
        throw new InvalidOperationException($"the long mailbox holds {messages.Count} mails, expected {history + 1 + commands}");
    }
    Console.WriteLine("BENCH_HISTORY " + JsonSerializer.Serialize(new
    {
        mode,
        history,
        commands,
        activation_from_snapshot_ms = activation.Median,
        fresh_ms = new { median = fresh.Median, p99 = fresh.P99 },
        long_history_ms = new { median = long_.Median, p99 = long_.P99 },
        long_over_fresh = Math.Round(long_.Median / fresh.Median, 3),
    }));
    await host.StopAsync();
    return 0;
}
finally
{
    pickup.Delete(recursive: true);
}

static async Task<(double Median, double P99)> Time(int count, Func<int, Task> command)
{
    var times = new List<double>(count);
    for (var i = 0; i < count; i++)
    {
        var started = Stopwatch.GetTimestamp();
        await command(i);
        times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
    times.Sort();
    return (Math.Round(times[times.Count / 2], 3), Math.Round(times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.99) - 1)], 3));
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
