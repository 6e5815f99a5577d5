using Keel.ServiceDefaults;

namespace Keel.Grains.Streaming;

/// <summary>
/// Why stream deliveries failed, kept in this process for memory mode (see <see cref="InProcessFailureReasons"/>): a subscriber records the
/// exception before rethrowing it, and the dead letter then carries that reason. Bounded (the newest 10,000
/// failures), process-wide and thread-safe.
/// </summary>
public static class StreamDeliveryFailures
{
    private const int Capacity = 10_000;
    private const int MaxReasonLength = 2_000;
    private static readonly Lock Gate = new();
    private static readonly Dictionary<(StreamId Stream, long Sequence), string> Reasons = [];
    private static readonly Queue<(StreamId Stream, long Sequence)> Order = new();

    /// <summary>Remembers why delivering the event of delivery number <paramref name="delivery"/> on <paramref name="stream"/> failed.</summary>
    internal static void Record(StreamId stream, long delivery, string reason)
    {
        var key = (stream, delivery);
        lock (Gate)
        {
            if (Reasons.TryAdd(key, reason))
            {
                Order.Enqueue(key);
                while (Order.Count > Capacity)
                {
                    Reasons.Remove(Order.Dequeue());
                }
            }
            else
            {
                Reasons[key] = reason;
            }
        }
    }

    /// <summary>The recorded reason for a failed delivery, removed; null when none was recorded in this process.</summary>
    internal static string? Find(StreamId stream, long delivery)
    {
        lock (Gate)
        {
            return Reasons.Remove((stream, delivery), out var reason) ? reason : null;
        }
    }

    /// <summary>
    /// The reason a dead letter keeps: the exception's type and message, redacted (grain keys and SMTP replies can carry
    /// addresses), at most 2,000 characters.
    /// </summary>
    public static string Describe(Exception exception)
    {
        var text = Redaction.Redact($"{exception.GetType().FullName}: {exception.Message}");
        return text.Length <= MaxReasonLength ? text : text[..MaxReasonLength];
    }
}
