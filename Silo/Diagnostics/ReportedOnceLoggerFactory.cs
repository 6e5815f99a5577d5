using Keel.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Keel.Silo.Diagnostics;

/// <summary>
/// Keeps known duplicates out of the default log: an entry whose exception is a start-up mistake (<see cref="KeelHost"/>
/// reports it in one line) or an outage of a tracked dependency (its <see cref="DependencyOutage"/> reports it in a few
/// lines) is written at Debug instead, with its stack trace, and the outage is told of it. Everything else passes as
/// it is. Filtering happens here because Orleans, the generic host and Keel's background loops each log the same
/// failure (an unreachable database was about 170 lines per failed request).
/// </summary>
internal sealed class ReportedOnceLoggerFactory(LoggerFactory inner, IServiceProvider services) : ILoggerFactory
{
    private DependencyOutages? _outages;

    public ILogger CreateLogger(string categoryName) => new ReportedOnceLogger(inner.CreateLogger(categoryName), this);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose()
    {
        // The container disposes the inner factory.
    }

    /// <summary>Whether <paramref name="exception"/> is reported elsewhere; an outage is told of the failure.</summary>
    internal bool IsReportedElsewhere(Exception exception)
    {
        if (StartupProblems.Describe(exception) is not null)
        {
            return true;
        }
        try
        {
            _outages ??= services.GetRequiredService<DependencyOutages>();
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
        if (_outages.Find(exception) is not { } outage)
        {
            return false;
        }
        outage.Failed(exception);
        return true;
    }

    private sealed class ReportedOnceLogger(ILogger inner, ReportedOnceLoggerFactory factory) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var level = logLevel > LogLevel.Debug && exception is not null && factory.IsReportedElsewhere(exception) ? LogLevel.Debug : logLevel;
            if (level == logLevel || inner.IsEnabled(level))
            {
                inner.Log(level, eventId, state, exception, formatter);
            }
        }
    }
}
