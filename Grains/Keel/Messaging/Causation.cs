namespace Keel.Grains.Messaging;

/// <summary>
/// Carries the id of the event a subscription is handling to the aggregate it calls, in Orleans' request context,
/// so the aggregate records it with the events it produces and ignores the same event when it is delivered again.
/// </summary>
internal static class Causation
{
    private const string Key = "keel.cause";

    /// <summary>Marks the calls that follow as caused by <paramref name="eventId"/>.</summary>
    public static void Set(string eventId) => RequestContext.Set(Key, eventId);

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
