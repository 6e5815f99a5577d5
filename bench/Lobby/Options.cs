using System.Globalization;

namespace Keel.Bench.Lobby;

/// <summary>The command line: <c>--name value</c> pairs (see <see cref="Usage"/>).</summary>
internal sealed record Options
{
    public const string Usage =
        "usage: Keel.Bench.Lobby --url URL [--name NAME] [--pid SERVER_PID] [--gcdump PATH] [--phases fanout,idle] " +
        "[--rooms 250] [--deliveries 2000] [--sequential-deliveries 400] [--warmup-cycles 200] [--seconds 60] [--concurrency 4] " +
        "[--idle 2100,4200] [--settle 5] [--out FILE]";

    public required Uri Url { get; init; }

    public string Name { get; init; } = "server";

    public int? Pid { get; init; }

    public string? GcDump { get; init; }

    public IReadOnlyList<string> Phases { get; init; } = ["fanout", "idle"];

    public int Rooms { get; init; } = 250;

    public int Deliveries { get; init; } = 2000;

    public int SequentialDeliveries { get; init; } = 400;

    public int WarmupCycles { get; init; } = 200;

    public int Seconds { get; init; } = 60;

    public int Concurrency { get; init; } = 4;

    public IReadOnlyList<int> Idle { get; init; } = [2100, 4200];

    public int SettleSeconds { get; init; } = 5;

    public string? Out { get; init; }

    /// <summary>A prefix of this run's player ids: a rerun against the same database meets no earlier player.</summary>
    public string Run { get; } = Guid.NewGuid().ToString("N")[..6];

    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException(Usage);
            }
            values[args[i][2..]] = args[i + 1];
        }
        if (args.Length % 2 != 0 || !values.TryGetValue("url", out var url))
        {
            throw new ArgumentException(Usage);
        }
        int Int(string key, int fallback) => values.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var defaults = new Options { Url = new Uri(url.TrimEnd('/') + "/") };
        return defaults with
        {
            Name = values.GetValueOrDefault("name", defaults.Name),
            Pid = values.TryGetValue("pid", out var pid) ? int.Parse(pid, CultureInfo.InvariantCulture) : null,
            GcDump = values.GetValueOrDefault("gcdump"),
            Phases = values.TryGetValue("phases", out var phases) ? phases.Split(',') : defaults.Phases,
            Rooms = Int("rooms", defaults.Rooms),
            Deliveries = Int("deliveries", defaults.Deliveries),
            SequentialDeliveries = Int("sequential-deliveries", defaults.SequentialDeliveries),
            WarmupCycles = Int("warmup-cycles", defaults.WarmupCycles),
            Seconds = Int("seconds", defaults.Seconds),
            Concurrency = Int("concurrency", defaults.Concurrency),
            Idle = values.TryGetValue("idle", out var idle) ? [.. idle.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))] : defaults.Idle,
            SettleSeconds = Int("settle", defaults.SettleSeconds),
            Out = values.GetValueOrDefault("out"),
        };
    }
}
