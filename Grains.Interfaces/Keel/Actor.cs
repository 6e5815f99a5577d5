namespace Keel.Grains.Interfaces;

/// <summary>
/// Who a command is run for: the edge sets the authenticated caller's id in Orleans' request context, it travels with
/// the grain calls, and the aggregate records it with every event the command produces. A subscription passes on the
/// actor of the event it handles, so effects downstream name the caller that started them.
/// </summary>
public static class Actor
{
    private const string Key = "keel.actor";

    /// <summary>Marks the calls that follow as made for <paramref name="actor"/>.</summary>
    public static void Set(string? actor)
    {
        if (actor is null)
        {
            RequestContext.Remove(Key);
        }
        else
        {
            RequestContext.Set(Key, actor);
        }
    }

    /// <summary>The actor of the current call, if the caller said.</summary>
    public static string? Current => RequestContext.Get(Key) as string;
}
