using Orleans.Streams;

namespace Keel.Silo.Streaming;

/// <summary>
/// Why stream deliveries failed, kept in memory for the stream provider's failure handler: a subscriber records the
/// exception before rethrowing it, and the dead letter then carries that reason. Bounded (the newest 10,000
/// failures), process-wide and thread-safe.
/// </summary>
public static partial class StreamDeliveryFailures
{
    private const int Capacity = 10_000;
    private const int MaxReasonLength = 2_000;
    private static readonly Lock Gate = new();
    private static readonly Dictionary<(StreamId Stream, long Sequence), string> Reasons = [];
    private static readonly Queue<(StreamId Stream, long Sequence)> Order = new();

    /// <summary>Remembers why delivering the event at <paramref name="token"/> on <paramref name="stream"/> failed.</summary>
    public static void Record(StreamId stream, StreamSequenceToken? token, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var key = (stream, token?.SequenceNumber ?? -1);
        var reason = Describe(exception);
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

    /// <summary>The recorded reason for a failed batch, or null when none was recorded in this process.</summary>
    internal static string? Find(StreamId stream, StreamSequenceToken? token)
    {
        lock (Gate)
        {
            return Reasons.TryGetValue((stream, token?.SequenceNumber ?? -1), out var reason) ? reason : null;
        }
    }

    private static string Describe(Exception exception)
    {
        var text = Redact($"{exception.GetType().FullName}: {exception.Message}");
        return text.Length <= MaxReasonLength ? text : text[..MaxReasonLength];
    }

    /// <summary>Dead letters and their logs keep no addresses: grain keys and SMTP replies can carry them.</summary>
    internal static string Redact(string text) => AddressPattern().Replace(text, "<address>");

    [System.Text.RegularExpressions.GeneratedRegex(@"[^\s<>""'/,;:()\[\]]+@[^\s<>""'/,;:()\[\]]+")]
    private static partial System.Text.RegularExpressions.Regex AddressPattern();
}
