using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Keel.Api.Idempotency;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Keel.Api.Tests;

/// <summary>The memory store keeps at most Keel:Idempotency:MaxKeys keys, and no log line shows a key.</summary>
public sealed class IdempotencyBoundsTests : IAsyncLifetime, IDisposable
{
    private readonly KeelApiFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    private static async Task<HttpResponseMessage> RegisterAsync(HttpClient http, string key, string email)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/users")
        {
            Content = new StringContent($$"""{"email":"{{email}}","name":"Bounded"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(IdempotencySettings.Header, key);
        return await http.SendAsync(request);
    }

    [Fact]
    public async Task BeyondMaxKeysTheOldestKeyIsForgotten()
    {
        using var bounded = _factory.WithWebHostBuilder(builder => builder.UseSetting("Keel:Idempotency:MaxKeys", "3"));
        var http = bounded.CreateClient().As(null);
        var keys = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid().ToString()).ToArray();
        var emails = keys.Select(k => $"bounded-{k}@example.com").ToArray();
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await RegisterAsync(http, keys[i], emails[i])).StatusCode);
        }

        var newest = await RegisterAsync(http, keys[3], emails[3]);
        var oldest = await RegisterAsync(http, keys[0], emails[0]);

        Assert.Equal("true", newest.Headers.GetValues("Idempotent-Replayed").Single());
        // The first key was evicted: the request runs again (its derived id makes it the same registration).
        Assert.False(oldest.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(HttpStatusCode.Created, oldest.StatusCode);
    }

    [Fact]
    public async Task AKeyIsNeverLoggedAsItIs()
    {
        var logs = new CapturingLoggerProvider();
        using var failing = _factory.WithWebHostBuilder(builder =>
        {
            builder.ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(logs)));
            builder.ConfigureTestServices(services => services.AddSingleton<IIdempotencyStore>(new ClaimingStore(new TimeoutException("the database did not answer"))));
        });
        var key = $"secret-key-{Guid.NewGuid():N}";

        var response = await RegisterAsync(failing.CreateClient().As(null), key, $"unlogged-{Guid.NewGuid():N}@example.com");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var line = Assert.Single(logs.Lines, l => l.Contains("was not stored", StringComparison.Ordinal));
        Assert.Contains(IdempotencySettings.Describe(key), line, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Lines, l => l.Contains(key, StringComparison.Ordinal));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    public void Dispose() => _factory.Dispose();

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Capturing(this);

        public void Dispose()
        {
        }

        private sealed class Capturing(CapturingLoggerProvider provider) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                provider.Lines.Enqueue($"{formatter(state, exception)} {exception} {string.Join(" ", (state as IEnumerable<KeyValuePair<string, object?>>)?.Select(p => $"{p.Key}={p.Value}") ?? [])}");
        }
    }
}
