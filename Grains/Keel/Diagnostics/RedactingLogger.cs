using Keel.ServiceDefaults;
using Microsoft.Extensions.Logging;

namespace Keel.Grains.Diagnostics;

/// <summary>
/// Passes every entry and scope through <see cref="Redaction"/> on its way to the providers (console, OTLP, ...): the
/// message, each structured value (OTLP exports them as attributes), the exception's text and the scope's values. So no
/// query string, token or e-mail address is written, whatever the category, the level or the settings. An entry that no
/// provider writes costs nothing more; one that is written costs a wrapper and a scan of each text (see README).
/// </summary>
internal sealed class RedactingLogger(ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => state switch
    {
        string text => inner.BeginScope(Redaction.Redact(text)),
        IEnumerable<KeyValuePair<string, object?>> => inner.BeginScope(new RedactedLogState<TState>(state, null, null)),
        _ => inner.BeginScope(Redaction.Redact(state.ToString() ?? "")),
    };

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }
        inner.Log(logLevel, eventId, new RedactedLogState<TState>(state, exception, formatter), RedactedException.Of(exception),
            RedactedLogState<TState>.Format);
    }
}
