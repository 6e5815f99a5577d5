using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Keel.Bench.Lobby;

/// <summary>The server process under test, read from /proc; its managed heap through dotnet-gcdump when given.</summary>
internal sealed partial class ServerProcess(int pid, string? gcdump)
{
    private static readonly double TicksPerSecond = 100;   // USER_HZ on Linux

    public int Pid { get; } = pid;

    public long RssKb() => Status("VmRSS");

    public long Threads() => Status("Threads");

    public int OpenDescriptors() => Directory.GetFiles($"/proc/{Pid}/fd").Length;

    /// <summary>User + system CPU seconds used so far.</summary>
    public double CpuSeconds()
    {
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }

    public bool CanDumpHeap => gcdump is not null;

    /// <summary>
    /// A heap snapshot (dotnet-gcdump: a full blocking collection first, then every live object): the live managed
    /// bytes and objects, and the bytes and count per type.
    /// </summary>
    public async Task<HeapDump?> DumpHeapAsync(string file)
    {
        if (gcdump is null)
        {
            return null;
        }
        var collect = await RunAsync(gcdump, "collect", "-p", Pid.ToString(CultureInfo.InvariantCulture), "-o", file);
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"dotnet-gcdump collect wrote nothing: {collect}");
            return null;
        }
        var report = await RunAsync(gcdump, "report", file);
        long total = 0, objects = 0;
        var types = new Dictionary<string, (long Bytes, long Count)>();
        foreach (var line in report.Split('\n'))
        {
            var row = Row().Match(line);
            if (!row.Success)
            {
                continue;
            }
            var size = long.Parse(row.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            var rest = row.Groups[2].Value.Trim();
            if (rest == "GC Heap bytes")
            {
                total = size;
            }
            else if (rest == "GC Heap objects")
            {
                objects = size;
            }
            else if (CountAndType().Match(rest) is { Success: true } typed)
            {
                var name = typed.Groups[2].Value.Trim();
                var count = long.Parse(typed.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
                var old = types.GetValueOrDefault(name);
                types[name] = (old.Bytes + size * count, old.Count + count);   // the first column is the size of one object
            }
        }
        File.Delete(file);
        return new HeapDump(total, objects, types);
    }

    private long Status(string key)
    {
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (line.StartsWith(key + ":", StringComparison.Ordinal))
            {
                return long.Parse(line[(key.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }
        return -1;
    }

    private static async Task<string> RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(deadline.Token);
        return await output + await errors;
    }

    [GeneratedRegex(@"^\s*([\d,]+)\s+(.*)$")]
    private static partial Regex Row();

    [GeneratedRegex(@"^([\d,]+)\s+(.*)$")]
    private static partial Regex CountAndType();
}

/// <summary>Live managed memory of the server after a full collection.</summary>
internal sealed record HeapDump(long Bytes, long Objects, IReadOnlyDictionary<string, (long Bytes, long Count)> Types);
