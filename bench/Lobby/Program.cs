using System.Text.Json;

namespace Keel.Bench.Lobby;

/// <summary>
/// Runs the phases against one server and prints one <c>BENCH_LOBBY {json}</c> line (also written to <c>--out</c>).
/// bench/lobby.sh starts the servers and calls it; see BENCHMARKS.md, "Lobby".
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        Options options;
        try
        {
            options = Options.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or UriFormatException)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }
        using var client = new LobbyClient(options.Url);
        var server = options.Pid is { } pid ? new ServerProcess(pid, options.GcDump) : null;
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        var result = new Dictionary<string, object?> { ["name"] = options.Name, ["run"] = options.Run };
        var failed = false;
        if (options.Phases.Contains("fanout"))
        {
            var fanout = new Fanout(client, server, options);
            try
            {
                result["fanout"] = await fanout.RunAsync(limit.Token);
            }
            catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or OperationCanceledException)
            {
                Console.Error.WriteLine($"fan-out failed: {ex.Message}");
                result["fanout"] = new { error = ex.Message };
                failed = true;
            }
            foreach (var player in fanout.Tables.SelectMany(t => t.Players))
            {
                await player.DisposeAsync();
            }
        }
        if (options.Phases.Contains("idle") && server is not null)
        {
            var idle = new IdleConnections(client, server, options);
            try
            {
                result["idle"] = await idle.RunAsync(limit.Token);
            }
            catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or OperationCanceledException)
            {
                Console.Error.WriteLine($"idle connections failed: {ex.Message}");
                result["idle"] = new { error = ex.Message };
                failed = true;
            }
            await idle.CloseAsync();
        }
        var json = JsonSerializer.Serialize(result);
        Console.WriteLine("BENCH_LOBBY " + json);
        if (options.Out is not null)
        {
            await File.WriteAllTextAsync(options.Out, json);
        }
        return failed ? 1 : 0;
    }
}
