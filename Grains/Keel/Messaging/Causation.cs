namespace Keel.Grains.Messaging;

/// <summary>
/// Carries the id of the event a subscription is handling to the aggregate it calls, in Orleans' request context,
/// so the aggregate records it with the events it produces and ignores the same event when it is delivered again.
/// </summary>
internal static class Causation
{
    private const string Key = "keel.cause";

    /// <summary>Marks the calls that follow as caused by <paramref name="eventId"/>, delivered on <paramref name="stream"/>.</summary>
    public static void Set(StreamId stream, string eventId) => RequestContext.Set(Key, Of(stream, eventId));

    /// <summary>
    /// Marks the calls that follow as caused by one keyed HTTP request (<paramref name="request"/>: a digest of its
    /// caller, key and body), so that the aggregate it reaches applies it once: running the same request again after
    /// its outcome was lost (a time-out that committed, a crash before the outcome was stored) decides nothing. The
    /// cause stays with every call the request makes: each aggregate it reaches takes one command from it.
    /// </summary>
    public static void SetRequest(string request) => RequestContext.Set(Key, $"{RequestNamespace}:{request}");

    /// <summary>Removes the cause from the calls that follow (the caller's own context).</summary>
    public static void Clear() => RequestContext.Remove(Key);

    private const string RequestNamespace = "request";

    /// <summary>
    /// A cause names the event's service as well as its id: ids are <c>{key}/{version}</c>, and aggregates of two
    /// services may share a key (a room and the match played from it), so an aggregate caused by both tells them apart.
    /// </summary>
    public static string Of(StreamId stream, string eventId) => $"{stream.GetNamespace()}:{eventId}";

    /// <summary>The cause as builds before services were named recorded it (the event's id alone).</summary>
    public static string Unqualified(string cause) => cause[(cause.IndexOf(':', StringComparison.Ordinal) + 1)..];

    /// <summary>The cause of the current call, left in place.</summary>
    public static string? Peek() => RequestContext.Get(Key) as string;

    /// <summary>Puts back a cause <see cref="Peek"/> saw (nothing when it was null), for a call made on the caller's behalf.</summary>
    public static void Restore(string? cause)
    {
        if (cause is not null)
        {
            RequestContext.Set(Key, cause);
        }
    }

    /// <summary>The cause of the current call, removed so that it does not travel on to further calls.</summary>
    public static string? Take()
    {
        var cause = RequestContext.Get(Key) as string;
        if (cause is not null)
        {
            RequestContext.Remove(Key);
        }
        return cause;
    }
}
