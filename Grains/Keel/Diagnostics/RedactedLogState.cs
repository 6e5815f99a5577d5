using System.Collections;
using Keel.ServiceDefaults;

namespace Keel.Grains.Diagnostics;

/// <summary>
/// A log entry's (or a scope's) state as the providers see it: the same names, each value redacted when it is read, and
/// the redacted message as its text. Nothing is redacted before a provider asks for it.
/// </summary>
internal sealed class RedactedLogState<TState>(TState state, Exception? exception, Func<TState, Exception?, string>? formatter)
    : IReadOnlyList<KeyValuePair<string, object?>>
{
    private IReadOnlyList<KeyValuePair<string, object?>>? _values;
    private string? _message;

    public static readonly Func<RedactedLogState<TState>, Exception?, string> Format = (entry, _) => entry.ToString();

    public int Count => Values.Count;

    public KeyValuePair<string, object?> this[int index]
    {
        get
        {
            var (name, value) = Values[index];
            return new(name, Redaction.Redact(value));
        }
    }

    private IReadOnlyList<KeyValuePair<string, object?>> Values => _values ??= state switch
    {
        IReadOnlyList<KeyValuePair<string, object?>> list => list,
        IEnumerable<KeyValuePair<string, object?>> values => [.. values],
        _ => [],
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() =>
        _message ??= Redaction.Redact(formatter is null ? state?.ToString() ?? "" : formatter(state, exception));
}
