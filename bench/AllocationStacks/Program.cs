using System.Globalization;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

// Where a benchmark's bytes are allocated: the runtime's allocation ticks (one about every 100 KB, naming the type
// whose allocation crossed the mark, with its stack) summed by type and nearest Keel frame, by nearest Keel frame alone,
// by call path, and by every frame on the stack (inclusive: the bytes allocated under a method, whatever it called).
// Arguments: <trace.nettrace> [frames per path (5)] [rows (40)]
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Keel.Bench.AllocationStacks <trace.nettrace> [frames per path] [rows]");
    return 2;
}
var depth = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var rows = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 40;
using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(args[0]));
var byKeelFrame = new Dictionary<string, long>();
var byPath = new Dictionary<string, long>();
var inclusive = new Dictionary<string, long>();
var byKeelMethod = new Dictionary<string, long>();
long total = 0, ticks = 0;
foreach (var traceEvent in log.Events) // TraceEvents enumerates only as itself: no LINQ over it
{
    if (traceEvent is not GCAllocationTickTraceData tick)
    {
        continue;
    }
    var amount = tick.AllocationAmount64;
    (total, ticks) = (total + amount, ticks + 1);
    var frames = new List<string>();
    for (var frame = tick.CallStack(); frame is not null; frame = frame.Caller)
    {
        if (!string.IsNullOrEmpty(frame.CodeAddress.FullMethodName))
        {
            frames.Add(Short(frame.CodeAddress.FullMethodName));
        }
    }
    var keel = frames.FirstOrDefault(name => name.StartsWith("Keel.", StringComparison.Ordinal));
    Add(byKeelFrame, $"{tick.TypeName} <- {keel ?? "(no Keel frame) " + string.Join(" < ", frames.Take(2))}", amount);
    Add(byKeelMethod, keel ?? "(no Keel frame)", amount);
    Add(byPath, $"{tick.TypeName} <- {string.Join(" < ", frames.Take(depth))}", amount);
    foreach (var frame in frames.Distinct()) // a recursive frame counts once per tick
    {
        Add(inclusive, frame, amount);
    }
}
if (ticks == 0)
{
    Console.Error.WriteLine($"{args[0]} holds no allocation ticks: was the trace taken with the GC keyword at level 5?");
    return 1;
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ticks} allocation ticks, {total / 1e6:F1} MB sampled"));
Print("by type and nearest Keel frame", byKeelFrame);
Print("by nearest Keel frame, all types", byKeelMethod);
Print($"by type and call path ({depth} frames)", byPath);
Print("inclusive, by frame (Keel and Orleans methods)", inclusive
    .Where(pair => pair.Key.StartsWith("Keel.", StringComparison.Ordinal) || pair.Key.StartsWith("Orleans.", StringComparison.Ordinal))
    .ToDictionary(pair => pair.Key, pair => pair.Value));
return 0;

void Add(Dictionary<string, long> sums, string key, long amount) => sums[key] = sums.GetValueOrDefault(key) + amount;

void Print(string title, Dictionary<string, long> sums)
{
    Console.WriteLine($"== {title}");
    foreach (var (key, bytes) in sums.OrderByDescending(pair => pair.Value).Take(rows))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes * 100.0 / total,6:F2} %  {key}"));
    }
}

static string Short(string name) => name.Length > 160 ? name[..160] : name;
