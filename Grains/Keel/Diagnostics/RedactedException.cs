using Keel.ServiceDefaults;

namespace Keel.Grains.Diagnostics;

/// <summary>
/// Stands in for a logged exception whose text holds something <see cref="Redaction"/> takes out (a grain id with an
/// address, a connection string): its message and its full text (type, message, stack trace, inner exceptions) redacted.
/// Exceptions with nothing to redact are logged as they are.
/// </summary>
internal sealed class RedactedException : Exception
{
    private readonly string _text;

    private RedactedException(string message, string text) : base(message) => _text = text;

    /// <summary>The exception's redacted text, which starts with its original type.</summary>
    public override string ToString() => _text;

    public static Exception? Of(Exception? exception)
    {
        if (exception is null)
        {
            return null;
        }
        var text = exception.ToString();
        var redacted = Redaction.Redact(text);
        var message = Redaction.Redact(exception.Message);
        return ReferenceEquals(redacted, text) && ReferenceEquals(message, exception.Message)
            ? exception
            : new RedactedException(message, redacted);
    }
}
