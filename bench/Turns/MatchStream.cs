using System.Diagnostics;
using System.Net.Http.Headers;

namespace Keel.Bench.Turns;

/// <summary>
/// One seated player's Server-Sent Events connection to a match: counts the <c>moved</c> messages and stamps each
/// with the <see cref="Stopwatch"/> time its last line was read, so a roll's delivery can be awaited by its number.
/// </summary>
internal sealed class MatchStream(string game, string token) : IAsyncDisposable
{
    private readonly CancellationTokenSource _closing = new();
    private readonly List<TaskCompletionSource<long>> _moves = [];
    private HttpResponseMessage? _response;
    private Task? _reading;
    private int _moved;

    public async Task OpenAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/v1/games/{game}/match/events");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        _response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!_response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"events of {game}: {(int)_response.StatusCode} {await _response.Content.ReadAsStringAsync(cancellationToken)}");
        }
        var stream = await _response.Content.ReadAsStreamAsync(cancellationToken);
        _reading = Task.Run(() => ReadAsync(stream), CancellationToken.None);
    }

    /// <summary>The arrival of the <paramref name="number"/>th <c>moved</c> message of this connection (1 for the first).</summary>
    public Task<long> MoveAsync(int number)
    {
        lock (_moves)
        {
            while (_moves.Count < number)
            {
                _moves.Add(new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
            }
            return _moves[number - 1].Task;
        }
    }

    private async Task ReadAsync(Stream stream)
    {
        using var reader = new StreamReader(stream);
        string? name = null;
        try
        {
            while (await reader.ReadLineAsync(_closing.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line[7..];
                }
                else if (line.Length == 0)
                {
                    if (name == "moved")
                    {
                        var at = Stopwatch.GetTimestamp();
                        var number = Interlocked.Increment(ref _moved);
                        lock (_moves)
                        {
                            while (_moves.Count < number)
                            {
                                _moves.Add(new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
                            }
                            _moves[number - 1].TrySetResult(at);
                        }
                    }
                    name = null;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or HttpRequestException)
        {
            // Closed.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        _response?.Dispose();
        if (_reading is not null)
        {
            await _reading;
        }
        _closing.Dispose();
    }
}
