using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Keel.Api.Auth;
using Keel.Bench.Turns;
using Microsoft.IdentityModel.Tokens;

// bench/turns.sh starts the server and calls: Keel.Bench.Turns URL GAMES TURNS INTERVAL_MS
// GAMES matches of two players (friends rooms that fill), each player following their match's events; then every game
// takes TURNS turns, one every INTERVAL_MS (the games spread over the interval): the player on turn rolls and the
// time until the "moved" message is on both players' streams is measured; a lot offered is declined. The baseline, in
// the same run at the same pace: a read of the same match (GET) after each turn. Prints one BENCH_TURNS {json} line.
var url = new Uri(args[0]);
var games = int.Parse(args[1], CultureInfo.InvariantCulture);
var turns = int.Parse(args[2], CultureInfo.InvariantCulture);
var interval = TimeSpan.FromMilliseconds(int.Parse(args[3], CultureInfo.InvariantCulture));
var key = Environment.GetEnvironmentVariable("Keel__Auth__SigningKey") ?? throw new InvalidOperationException("Keel__Auth__SigningKey is not set");
var auth = new AuthSettings(AuthSettings.DefaultIssuer, AuthSettings.DefaultAudience, null, new SymmetricSecurityKey(Convert.FromBase64String(key)));
string TokenFor(string player) => Tokens.Create(auth, player, [], TimeSpan.FromHours(2), DateTime.UtcNow);
using var commands = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan }) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
using var streams = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue }) { BaseAddress = url, Timeout = Timeout.InfiniteTimeSpan };
var deadline = TimeSpan.FromSeconds(10);
var run = Guid.NewGuid().ToString("N")[..6];

async Task<JsonElement> SendAsync(HttpMethod method, string path, string player, object? body = null)
{
    using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(player));
    using var response = await commands.SendAsync(request);
    var text = await response.Content.ReadAsStringAsync();
    if (!response.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"{method} {path} as {player}: {(int)response.StatusCode} {text}");
    }
    return JsonDocument.Parse(text).RootElement.Clone();
}

// Seating: GAMES rooms of two fill, and their matches are dealt.
var setup = Stopwatch.StartNew();
var tables = new Table[games];
await Parallel.ForEachAsync(Enumerable.Range(0, games), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
{
    var (a, b) = ($"t{run}a{i}", $"t{run}b{i}");
    var room = await SendAsync(HttpMethod.Post, $"api/v1/lobby/players/{a}/join", a, new { address = "friends:new:2" });
    var game = room.GetProperty("roomId").GetString()!;
    await SendAsync(HttpMethod.Post, $"api/v1/lobby/players/{b}/join", b, new { address = room.GetProperty("address").GetString() });
    var until = Stopwatch.StartNew();
    while (true)
    {
        try
        {
            await SendAsync(HttpMethod.Get, $"api/v1/games/{game}/match", a);
            break;
        }
        catch (InvalidOperationException) when (until.Elapsed < deadline)
        {
            await Task.Delay(50, ct);
        }
    }
    var table = new Table(game, [new MatchStream(game, TokenFor(a)), new MatchStream(game, TokenFor(b))]);
    foreach (var stream in table.Streams)
    {
        await stream.OpenAsync(streams, ct);
    }
    tables[i] = table;
});
Console.Error.WriteLine($"turns: {games} matches dealt and followed in {setup.Elapsed.TotalSeconds:F1} s");

var turnLatency = new List<double>();
var readLatency = new List<double>();
var started = Stopwatch.StartNew();
await Task.WhenAll(tables.Select(async (table, index) =>
{
    var view = await SendAsync(HttpMethod.Get, $"api/v1/games/{table.Game}/match", $"t{run}a{index}");
    var offset = interval * index / games;
    for (var turn = 1; turn <= turns; turn++)
    {
        var due = offset + interval * (turn - 1);
        if (due > started.Elapsed)
        {
            await Task.Delay(due - started.Elapsed);
        }
        var playing = view.GetProperty("playing").GetString()!;
        var arrivals = table.Streams.Select(s => s.MoveAsync(turn)).ToArray();
        var rolled = Stopwatch.GetTimestamp();
        view = await SendAsync(HttpMethod.Post, $"api/v1/games/{table.Game}/match/roll", playing);
        var all = Task.WhenAll(arrivals);
        if (await Task.WhenAny(all, Task.Delay(deadline)) != all)
        {
            throw new TimeoutException($"turn {turn} of {table.Game} did not reach both players within {deadline.TotalSeconds} s");
        }
        var latency = Stopwatch.GetElapsedTime(rolled, all.Result.Max()).TotalMilliseconds;
        if (view.GetProperty("offer").ValueKind != JsonValueKind.Null)
        {
            view = await SendAsync(HttpMethod.Post, $"api/v1/games/{table.Game}/match/decline", playing);
        }
        var read = Stopwatch.GetTimestamp();
        await SendAsync(HttpMethod.Get, $"api/v1/games/{table.Game}/match", playing);
        var readMs = Stopwatch.GetElapsedTime(read).TotalMilliseconds;
        lock (turnLatency)
        {
            turnLatency.Add(latency);
            readLatency.Add(readMs);
        }
    }
}));
var seconds = started.Elapsed.TotalSeconds;
foreach (var stream in tables.SelectMany(t => t.Streams))
{
    await stream.DisposeAsync();
}
Console.WriteLine("BENCH_TURNS " + JsonSerializer.Serialize(new
{
    games,
    turns_per_game = turns,
    interval_ms = interval.TotalMilliseconds,
    rolls = turnLatency.Count,
    rolls_per_second = Math.Round(turnLatency.Count / seconds, 1),
    turn = Percentiles(turnLatency),
    read = Percentiles(readLatency),
}));
return 0;

static object Percentiles(List<double> values)
{
    var sorted = values.Order().ToArray();
    if (sorted.Length == 0)
    {
        throw new InvalidOperationException("nothing was measured");
    }
    double At(double p) => Math.Round(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)], 1);
    return new { count = sorted.Length, p50_ms = At(0.50), p99_ms = At(0.99), max_ms = Math.Round(sorted[^1], 1) };
}

internal sealed record Table(string Game, MatchStream[] Streams);
