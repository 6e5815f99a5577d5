using System.Collections.Concurrent;
using System.Globalization;
using CsCheck;

namespace Keel.Testing.Fuzz;

/// <summary>
/// A bounded fuzz run against every operation of an OpenAPI document. The budget is a number of requests
/// (<c>KEEL_FUZZ_ITERATIONS</c>, default given by the test); the seed is CsCheck's, random per run unless
/// <c>KEEL_FUZZ_SEED</c> names one, and a failure reports it (with the smallest failing request found) so the run can be
/// replayed. Counts by status are written at the end, passed or failed.
/// </summary>
public sealed class FuzzRun
{
    public const string IterationsVariable = "KEEL_FUZZ_ITERATIONS";
    public const string SeedVariable = "KEEL_FUZZ_SEED";

    private readonly ConcurrentDictionary<int, int> _statuses = new();
    private readonly ConcurrentDictionary<string, int> _operations = new();
    private readonly ConcurrentDictionary<string, int> _excepted = new();

    public required IReadOnlyList<FuzzOperation> Operations { get; init; }

    /// <summary>Sends one request and reads the whole answer.</summary>
    public required Func<FuzzRequest, Task<FuzzResponse>> Send { get; init; }

    public required Action<string> WriteLine { get; init; }

    /// <summary>Requests in this run: <c>KEEL_FUZZ_ITERATIONS</c> when set, else <paramref name="defaultIterations"/>.</summary>
    public static int IterationsOr(int defaultIterations) =>
        int.TryParse(Environment.GetEnvironmentVariable(IterationsVariable), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : defaultIterations;

    public int Iterations { get; init; } = IterationsOr(3000);

    /// <summary>
    /// Optional: gives a request valid credentials (a bearer token, say). Called for <see cref="AuthorizedShare"/> of the
    /// requests; without it no request is authorized and protected operations answer 401, which must be problem details too.
    /// </summary>
    public Func<FuzzRequest, Task<FuzzRequest>>? Authorize { get; init; }

    public double AuthorizedShare { get; init; } = 0.5;

    /// <summary>
    /// Optional: what else an answer must be, given its operation and the request as sent (null when it is fine), for
    /// example that a token with wrong claims is never answered 2xx (<see cref="FuzzAuth.Check"/>).
    /// </summary>
    public Func<FuzzOperation, FuzzRequest, FuzzResponse, string?>? Expect { get; init; }

    /// <summary>
    /// Why the server's connection layer refuses a request before Keel sees it (null when it does not): such a request
    /// may get a bare 4xx without problem details. Nothing is excepted by default.
    /// </summary>
    public Func<FuzzRequest, string?> ConnectionRejection { get; init; } = _ => null;

    public IReadOnlyDictionary<int, int> Statuses => _statuses;

    public async Task RunAsync()
    {
        var seed = Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } fixedSeed ? fixedSeed : null;
        WriteLine($"Fuzzing {Operations.Count} operations with {Iterations} requests{(seed is null ? "" : $", seed {seed}")}: "
            + string.Join(", ", Operations));
        try
        {
            await FuzzRequests.For(Operations, Authorize is null ? 0 : AuthorizedShare).SampleAsync(
                async request =>
                {
                    // A stream's success never ends, so streams are fuzzed without valid credentials: their 4xx answers.
                    var operation = Operations.First(o => o.Name == request.Operation);
                    var streams = operation.Streams;
                    var sent = request.Authorized && Authorize is not null && !streams ? await Authorize(request) : request;
                    var response = await Send(sent);
                    _statuses.AddOrUpdate(response.Status, 1, (_, n) => n + 1);
                    _operations.AddOrUpdate(sent.Operation, 1, (_, n) => n + 1);
                    if (ConnectionRejection(sent) is { } reason && response.Status is >= 400 and < 500 && response.Body.Length == 0)
                    {
                        _excepted.AddOrUpdate($"{response.Status} {reason}", 1, (_, n) => n + 1);
                        return;
                    }
                    if ((FuzzVerdict.Check(response) ?? Expect?.Invoke(operation, sent, response)) is { } failure)
                    {
                        throw new InvalidOperationException(
                            $"{failure}. Body: {System.Text.Encoding.UTF8.GetString(response.Body.AsSpan(0, Math.Min(response.Body.Length, 500)))}");
                    }
                },
                writeLine: WriteLine, seed: seed, iter: Iterations, threads: 2, print: r => r.ToString());
        }
        finally
        {
            WriteLine("Counts by status: " + string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
            WriteLine("Requests by operation: " + string.Join(", ", _operations.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}: {o.Value}")));
            if (!_excepted.IsEmpty)
            {
                WriteLine("Refused by the connection layer (excepted): " + string.Join(", ", _excepted.Select(e => $"{e.Key}: {e.Value}")));
            }
        }
        var missed = Operations.Select(o => o.Name).Where(name => !_operations.ContainsKey(name)).ToArray();
        if (missed.Length > 0 && Iterations >= 20 * Operations.Count)
        {
            throw new InvalidOperationException($"The run never reached {string.Join(", ", missed)}.");
        }
    }
}
