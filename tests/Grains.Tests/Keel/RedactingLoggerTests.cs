using Keel.Grains.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Keel.Grains.Tests;

/// <summary>Keel's logger factory (the one every ILogger of a Keel process comes from) hands providers redacted entries only.</summary>
public sealed class RedactingLoggerTests : IDisposable
{
    private const string Jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZGEifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ";
    private readonly CapturingProvider _provider = new();
    private readonly ServiceProvider _services;
    private readonly ILogger _logger;

    public RedactingLoggerTests()
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(_provider));
        services.AddKeelFailureReporting(new ConfigurationBuilder().Build());
        _services = services.BuildServiceProvider();
        _logger = _services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics");
    }

    [Fact]
    public void AnEntrysMessageAndEveryStructuredValueAreRedacted()
    {
        _logger.LogInformation("Request starting {Method} {Path}{QueryString} for {Grain} ({Count})",
            "GET", "/api/v1/email/messages", $"?to=ada%40example.com&access_token={Jwt}", "keel.email.mailbox/ada@example.com", 3);

        var entry = Assert.Single(_provider.Entries);
        Assert.Equal("Request starting GET /api/v1/email/messages?<redacted> for keel.email.mailbox/<address> (3)", entry.Message);
        Assert.Equal("?<redacted>", entry.Values["QueryString"]);
        Assert.Equal("keel.email.mailbox/<address>", entry.Values["Grain"]);
        Assert.Equal(3, entry.Values["Count"]);
        Assert.Equal("Request starting {Method} {Path}{QueryString} for {Grain} ({Count})", entry.Values["{OriginalFormat}"]);
    }

    [Fact]
    public void AnExceptionsTextAndAScopesValuesAreRedacted()
    {
        using (_logger.BeginScope(new Dictionary<string, object?> { ["RequestPath"] = "/api/v1/users/ada@example.com" }))
        using (_logger.BeginScope("Mailbox {Mailbox}", "bob@example.com"))
        {
            _logger.LogWarning(new TimeoutException("Response did not arrive on time for keel.email.mailbox/ada@example.com"), "A call failed");
        }

        var entry = Assert.Single(_provider.Entries);
        Assert.DoesNotContain("@", entry.Exception, StringComparison.Ordinal);
        Assert.StartsWith("System.TimeoutException: Response did not arrive on time for keel.email.mailbox/<address>", entry.Exception, StringComparison.Ordinal);
        Assert.Equal(["RequestPath=/api/v1/users/<address>", "Mailbox=<address>", "{OriginalFormat}=Mailbox {Mailbox}", "Mailbox <address>"], entry.Scopes);
    }

    public void Dispose() => _services.Dispose();

    private sealed record Entry(string Message, Dictionary<string, object?> Values, string Exception, List<string> Scopes);

    /// <summary>Reads an entry the way the console and OTLP providers do: the formatter, the values, the exception's text, the scopes.</summary>
    private sealed class CapturingProvider : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider? _scopes;

        public List<Entry> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => new CapturingLogger(this);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class CapturingLogger(CapturingProvider provider) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => provider._scopes?.Push(state);

            public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = (state as IEnumerable<KeyValuePair<string, object?>> ?? []).ToDictionary(p => p.Key, p => p.Value);
                var scopes = new List<string>();
                provider._scopes?.ForEachScope((scope, list) =>
                {
                    if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                    {
                        list.AddRange(pairs.Select(p => $"{p.Key}={p.Value}"));
                    }
                    list.Add(scope?.ToString() ?? "");
                }, scopes);
                scopes.RemoveAll(s => s.StartsWith("System.Collections", StringComparison.Ordinal) || s.StartsWith("Keel.", StringComparison.Ordinal));
                provider.Entries.Add(new Entry(formatter(state, exception), values, exception?.ToString() ?? "", scopes));
            }
        }
    }
}
