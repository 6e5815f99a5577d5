using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Keel.Bench.Lobby;

/// <summary>
/// One player's Server-Sent Events connection. Every message is read as it arrives; an awaited one (an event name and
/// the player it is about, registered with <see cref="Expect"/> before the request that causes it) completes with the
/// <see cref="Stopwatch"/> timestamp at which its last line was read.
/// </summary>
internal sealed class Watcher(string player, string? token) : IAsyncDisposable
{
    private readonly List<Expectation> _pending = [];
    private readonly CancellationTokenSource _closing = new();
    private HttpResponseMessage? _response;
    private Task? _reading;
    private long _messages;

    public string Player { get; } = player;

    public string? Token { get; } = token;

    public long Messages => Interlocked.Read(ref _messages);

    /// <summary>Connects and returns once the response headers are in (the server has registered the connection).</summary>
    public async Task OpenAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/v1/lobby/players/{Player}/events");
        if (Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }
        _response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!_response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"events of {Player}: {(int)_response.StatusCode} {await _response.Content.ReadAsStringAsync(cancellationToken)}");
        }
        var stream = await _response.Content.ReadAsStreamAsync(cancellationToken);
        _reading = Task.Run(() => ReadAsync(stream), CancellationToken.None);
    }

    /// <summary>Awaits the next <paramref name="eventName"/> about <paramref name="subject"/>; its arrival timestamp.</summary>
    public Expectation Expect(string eventName, string subject)
    {
        var expectation = new Expectation(eventName, subject);
        lock (_pending)
        {
            _pending.Add(expectation);
        }
        return expectation;
    }

    /// <summary>Forgets an expectation that timed out, so a late message cannot complete it.</summary>
    public void Forget(Expectation expectation)
    {
        lock (_pending)
        {
            _pending.Remove(expectation);
        }
    }

    private async Task ReadAsync(Stream stream)
    {
        using var reader = new StreamReader(stream);
        string? name = null, data = null;
        try
        {
            while (await reader.ReadLineAsync(_closing.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (data is not null)
                    {
                        Arrived(name ?? "message", data, Stopwatch.GetTimestamp());
                    }
                    name = data = null;
                }
                else if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data = line[6..];
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or HttpRequestException)
        {
            // Closed.
        }
    }

    private void Arrived(string name, string data, long at)
    {
        Interlocked.Increment(ref _messages);
        lock (_pending)
        {
            if (_pending.Count == 0)
            {
                return;
            }
        }
        string? subject = null;
        var seated = new HashSet<string>(StringComparer.Ordinal);
        using (var json = JsonDocument.Parse(data))
        {
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("playerId", out var id))
            {
                subject = id.GetString();
            }
            if (name == "room" && json.RootElement.TryGetProperty("players", out var players))
            {
                foreach (var seat in players.EnumerateArray())
                {
                    seated.Add((seat.ValueKind == JsonValueKind.String ? seat : seat.GetProperty("playerId")).GetString()!);
                }
            }
        }
        Expectation? met = null;
        lock (_pending)
        {
            // A player who moves into a room is sent the room as it is, not the joins before the move: their own, and
            // any that committed before their connection moved in (a seat taken right after theirs). The view with the
            // joiner seated is that join as this connection sees it.
            var index = _pending.FindIndex(e => e.EventName == name && e.Subject == subject
                || name == "room" && e.EventName == "player-joined" && seated.Contains(e.Subject));
            if (index >= 0)
            {
                met = _pending[index];
                _pending.RemoveAt(index);
            }
        }
        met?.Arrived.TrySetResult(at);
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

/// <summary>A message awaited by a watcher: completes with the Stopwatch timestamp of its arrival.</summary>
internal sealed class Expectation(string eventName, string subject)
{
    public string EventName { get; } = eventName;

    public string Subject { get; } = subject;

    public TaskCompletionSource<long> Arrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
