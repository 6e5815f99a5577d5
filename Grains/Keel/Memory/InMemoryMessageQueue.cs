using Keel.Grains.Streaming;

namespace Keel.Grains.Memory;

/// <summary>
/// The memory mode's message queue (direct publishes and retries of failed log deliveries) with the PostgreSQL
/// queue's semantics: leases hide a message for the visibility timeout and count an attempt; an exhausted message
/// moves to the dead letters; acknowledging or failing a message leased again since does nothing.
/// </summary>
internal sealed class InMemoryMessageQueue(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<long, QueuedMessage> _messages = [];
    private readonly List<(QueuedMessage Message, string Reason, DateTimeOffset At)> _deadLetters = [];
    private long _nextId;

    public int DeadLetterCount
    {
        get
        {
            lock (_gate)
            {
                return _deadLetters.Count;
            }
        }
    }

    public void Enqueue(int partition, StreamId stream, byte[] payload, int attempts, TimeSpan delay, string? error)
    {
        lock (_gate)
        {
            var id = ++_nextId;
            _messages[id] = new QueuedMessage(id, partition, stream, payload) { Attempts = attempts, VisibleAt = time.GetUtcNow() + delay, LastError = error };
        }
    }

    public List<LeasedMessage> Dequeue(int partition, int maxCount, int maxAttempts, TimeSpan visibility)
    {
        var now = time.GetUtcNow();
        var leased = new List<LeasedMessage>();
        lock (_gate)
        {
            foreach (var message in _messages.Values.Where(m => m.Partition == partition && m.VisibleAt <= now).Take(maxCount).ToList())
            {
                if (message.Attempts >= maxAttempts)
                {
                    Bury(message, message.LastError ?? $"not acknowledged within the visibility timeout after {message.Attempts} attempts", now);
                    continue;
                }
                message.Attempts++;
                message.VisibleAt = now + visibility;
                leased.Add(new LeasedMessage(message.Id, message.Attempts, message.Payload));
            }
        }
        return leased;
    }

    public int Acknowledge(IReadOnlyCollection<MessageReceipt> receipts)
    {
        lock (_gate)
        {
            return receipts.Count(receipt => _messages.TryGetValue(receipt.Id, out var m) && m.Attempts == receipt.Attempts && _messages.Remove(receipt.Id));
        }
    }

    public void Renew(IReadOnlyCollection<MessageReceipt> receipts, TimeSpan visibility)
    {
        var until = time.GetUtcNow() + visibility;
        lock (_gate)
        {
            foreach (var receipt in receipts)
            {
                if (_messages.TryGetValue(receipt.Id, out var message) && message.Attempts == receipt.Attempts)
                {
                    message.VisibleAt = until;
                }
            }
        }
    }

    public bool Fail(MessageReceipt receipt, int maxAttempts, TimeSpan visibility, string reason)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (!_messages.TryGetValue(receipt.Id, out var message) || message.Attempts != receipt.Attempts)
            {
                return false;
            }
            if (message.Attempts >= maxAttempts)
            {
                Bury(message, reason, now);
                return true;
            }
            message.LastError = reason;
            message.VisibleAt = now + visibility;
            return false;
        }
    }

    public int EvictDeadLetters(TimeSpan retention)
    {
        var cutoff = time.GetUtcNow() - retention;
        lock (_gate)
        {
            return _deadLetters.RemoveAll(letter => letter.At < cutoff);
        }
    }

    private void Bury(QueuedMessage message, string reason, DateTimeOffset now)
    {
        _messages.Remove(message.Id);
        _deadLetters.Add((message, reason, now));
    }

    private sealed record QueuedMessage(long Id, int Partition, StreamId Stream, byte[] Payload)
    {
        public int Attempts { get; set; }

        public DateTimeOffset VisibleAt { get; set; }

        public string? LastError { get; set; }
    }
}
