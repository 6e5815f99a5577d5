using System.Text.Json;

namespace Keel.Testing;

/// <summary>Reads a Server-Sent Events response one message at a time; every read has a deadline.</summary>
public sealed class SseReader(HttpResponseMessage response, StreamReader reader) : IDisposable
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    public HttpResponseMessage Response { get; } = response;

    public static async Task<SseReader> OpenAsync(HttpClient http, string url, string? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (response.StatusCode != System.Net.HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}, not a stream: {await response.Content.ReadAsStringAsync()}");
        }
        return new SseReader(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The next message; throws <see cref="TimeoutException"/> when none comes in time.</summary>
    public async Task<SseMessage> NextAsync(string awaited, TimeSpan? timeout = null)
    {
        var wait = timeout ?? Deadline;
        using var deadline = new CancellationTokenSource(wait);
        string? id = null, name = null, data = null;
        try
        {
            while (true)
            {
                var line = await reader.ReadLineAsync(deadline.Token) ?? throw new InvalidOperationException($"The stream ended while awaiting {awaited}.");
                if (line.Length == 0 && data is not null)
                {
                    return new SseMessage(id, name ?? "message", JsonDocument.Parse(data).RootElement);
                }
                if (line.StartsWith("id: ", StringComparison.Ordinal))
                {
                    id = line[4..];
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
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"Not within {wait.TotalSeconds:0} s: {awaited}.");
        }
    }

    /// <summary>Waits for the server to end the stream; throws when a message comes instead, or nothing ends in time.</summary>
    public async Task EndAsync(string awaited, TimeSpan? timeout = null)
    {
        var wait = timeout ?? Deadline;
        using var deadline = new CancellationTokenSource(wait);
        try
        {
            while (await reader.ReadLineAsync(deadline.Token) is { } line)
            {
                if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"A message came while awaiting {awaited}: {line}");
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"Not within {wait.TotalSeconds:0} s: {awaited}.");
        }
    }

    public void Dispose()
    {
        reader.Dispose();
        Response.Dispose();
    }
}

/// <summary>One Server-Sent Event.</summary>
public sealed record SseMessage(string? Id, string Event, JsonElement Data)
{
    public string Text(string property) => Data.GetProperty(property).GetString()!;

    public int Number(string property) => Data.GetProperty(property).GetInt32();

    public override string ToString() => $"{Id} {Event} {Data}";
}
