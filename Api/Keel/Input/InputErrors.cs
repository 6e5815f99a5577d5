namespace Keel.Api.Input;

/// <summary>
/// The invalid fields of the request being read, collected while its body binds (so that every one is named, not the
/// first), for <see cref="InputFilter"/> to answer. One collection per request, carried by the request's async flow.
/// </summary>
internal static class InputErrors
{
    private static readonly AsyncLocal<Dictionary<string, string[]>?> Current = new();

    /// <summary>Starts collecting for the request that follows on this flow.</summary>
    public static Dictionary<string, string[]> Begin() => Current.Value = new Dictionary<string, string[]>(StringComparer.Ordinal);

    public static void Add(string field, string message)
    {
        if (Current.Value is { } errors)
        {
            errors.TryAdd(field, [message]);
        }
    }

    public static Dictionary<string, string[]>? Collected => Current.Value;
}
