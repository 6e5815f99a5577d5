using Keel.Grains.Hosting;
using Keel.Grains.Tls;
using Microsoft.Extensions.Logging;

namespace Keel.Grains.Diagnostics;

/// <summary>
/// Keeps known duplicates out of the default log: an entry whose exception is a start-up mistake (<see cref="KeelHost"/>
/// reports it in one line) or an outage of a tracked dependency (its <see cref="DependencyOutage"/> reports it in a few
/// lines) is written at Debug instead, with its stack trace, and the outage is told of it; so is a failed TLS handshake,
/// which <see cref="TlsRefusals"/> reports. Everything else passes as it is. Filtering happens here because Orleans,
/// the generic host and Keel's background loops each log the same failure (an unreachable database was about 170
/// lines per failed request). Below the filter, every entry passes <see cref="RedactingLogger"/>: this factory is the
/// container's <see cref="ILoggerFactory"/>, so no provider receives an unredacted entry.
/// </summary>
internal sealed class ReportedOnceLoggerFactory(LoggerFactory inner, IServiceProvider services) : ILoggerFactory
{
    private DependencyOutages? _outages;
    private TlsRefusals? _refusals;

    public ILogger CreateLogger(string categoryName) => new ReportedOnceLogger(new RedactingLogger(inner.CreateLogger(categoryName)), categoryName, this);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose()
    {
        // The container disposes the inner factory.
    }

    /// <summary>Whether the entry is reported elsewhere; an outage is told of the failure.</summary>
    private bool IsReportedElsewhere(string category, LogLevel level, Exception? exception, Func<string> message)
    {
        if (exception is not null && StartupProblems.Describe(exception) is not null)
        {
            return true;
        }
        if (exception is null && level != LogLevel.Warning)
        {
            return false;
        }
        try
        {
            _outages ??= services.GetRequiredService<DependencyOutages>();
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
        if (level == LogLevel.Warning && TlsRefusals.Categories.Contains(category) && (_refusals ??= services.GetService<TlsRefusals>()) is { } refusals)
        {
            refusals.Failed(exception);
            return true;
        }
        if (exception is not null && _outages.Find(exception) is { } failed)
        {
            failed.Failed(exception);
            return true;
        }
        if (level == LogLevel.Warning && _outages.FindByWarningCategory(category) is { } warned)
        {
            warned.Warned(message());
            return true;
        }
        return false;
    }

    private sealed class ReportedOnceLogger(ILogger inner, string category, ReportedOnceLoggerFactory factory) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var level = logLevel > LogLevel.Debug && factory.IsReportedElsewhere(category, logLevel, exception, () => formatter(state, exception))
                ? LogLevel.Debug
                : logLevel;
            if (level == logLevel || inner.IsEnabled(level))
            {
                inner.Log(level, eventId, state, exception, formatter);
            }
        }
    }
}
