using Keel.Grains.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Keel.Grains.Tests;

public sealed class DependencyOutageTests : IDisposable
{
    private readonly FakeTimeProvider _time = new();
    private readonly RecordingLogger _log = new();
    private readonly DependencyOutage _outage;
    private bool _answers;

    public DependencyOutageTests() => _outage = new DependencyOutage(
        "PostgreSQL", e => e is TimeoutException, _ => _answers ? Task.CompletedTask : throw new TimeoutException("still down"),
        recovered: null, OutageTiming.Default, _time, _log);

    [Fact]
    public void ManyFailuresAreOneWarningACountPerIntervalAndOneRecoveryLine()
    {
        for (var i = 0; i < 50; i++)
        {
            _outage.Failed(new TimeoutException("Connection refused."), request: true);
        }
        Tick(seconds: 10);
        _outage.Failed(new TimeoutException("Connection refused."), request: true);
        _answers = true;
        Tick(seconds: 1);

        Assert.Equal(
        [
            "Warning: PostgreSQL is unavailable: Connection refused. Keel keeps trying; a count follows every 10 s until it is back",
            "Warning: PostgreSQL is still unavailable after 10.0 s: 50 requests failed in the last 10.0 s",
            "Information: PostgreSQL is back after 11.0 s; 51 requests failed meanwhile",
        ], _log.Lines);
        Assert.False(_outage.IsDown);
    }

    [Fact]
    public void AStragglerJustAfterTheRecoveryStartsNoNewOutageButALaterFailureDoes()
    {
        _outage.Failed(new TimeoutException("Connection refused."));
        _answers = true;
        Tick(seconds: 1);

        _outage.Failed(new TimeoutException("a request sent before the recovery"));
        Assert.False(_outage.IsDown);
        Tick(seconds: 2);
        _outage.Failed(new TimeoutException("Connection refused again."));

        Assert.True(_outage.IsDown);
        Assert.Equal(2, _log.Lines.Count(line => line.Contains("is unavailable", StringComparison.Ordinal)));
        Assert.Single(_log.Lines, line => line.Contains("is back after 1.0 s", StringComparison.Ordinal));
    }

    private void Tick(int seconds)
    {
        for (var i = 0; i < seconds; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
        }
    }

    public void Dispose() => _outage.Dispose();

    private sealed class RecordingLogger : ILogger
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                Lines.Add($"{logLevel}: {formatter(state, exception)}");
            }
        }
    }
}
