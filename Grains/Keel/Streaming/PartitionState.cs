using Orleans.Providers.Streams.Common;
using Orleans.Streams;

namespace Keel.Grains.Streaming;

/// <summary>
/// What this silo knows about one partition: whether it should be read now (woken by a notification, the poll
/// interval elapsed, or the last read was full), the log records read but not yet delivered (and so how far the
/// checkpoint may move), and the receipts of queued messages leased but not yet acknowledged.
/// Shared by the partition's receiver, its failure handler and the notification listener.
/// Leases of messages still waiting in the agent's cache are renewed, so the visibility timeout only has to cover
/// a silo that stopped, not a slow or retrying delivery; renewal stops after <see cref="MaxHold"/>.
/// </summary>
internal sealed class PartitionState(int number, TimeSpan pollInterval, TimeSpan visibilityTimeout, TimeProvider time)
{
    /// <summary>Longest a lease is renewed for a message Orleans never reports on.</summary>
    public static readonly TimeSpan MaxHold = TimeSpan.FromMinutes(10);

    private readonly Lock _gate = new();
    private readonly Dictionary<long, MessageReceipt> _receipts = [];
    private readonly Dictionary<long, LogReceipt> _logReceipts = [];
    // The log positions handed to the agent and not yet done, and those of them already done (delivered or retried):
    // the checkpoint moves up to the first position not yet done. A set's minimum is read without an enumerator.
    private readonly SortedSet<LogPosition> _logInFlight = [];
    private readonly HashSet<LogPosition> _logFinished = [];
    private LogPosition _logDone = LogPosition.Start;

    // Delivery numbers start at the current time in microseconds, so a receiver started later on this silo keeps
    // counting upwards and a failure recorded by (stream, number) is not confused with an earlier lease.
    private long _nextDelivery = time.GetUtcNow().ToUnixTimeMilliseconds() * 1000;
    private int _woken = 1;
    private int _queueWoken = 1;
    private DateTimeOffset _nextPoll = DateTimeOffset.MinValue;
    private TaskCompletionSource? _waiting;
    private DateTimeOffset _lastRead = DateTimeOffset.MinValue;
    private bool _lastReadFull;

    /// <summary>The shortest time between two reads of a woken partition: what a busy partition's deliveries wait at most for company.</summary>
    public static readonly TimeSpan MinReadGap = TimeSpan.FromMilliseconds(2);

    /// <summary>The longest a read is held open, whatever the poll interval: the receiver renews leases and saves its checkpoint between reads.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(1);

    public int Number { get; } = number;

    /// <summary>A notification said the partition has new messages (in its queue, when <paramref name="queue"/>).</summary>
    public void Wake(bool queue = false)
    {
        if (queue)
        {
            Volatile.Write(ref _queueWoken, 1);
        }
        Volatile.Write(ref _woken, 1);
        Interlocked.Exchange(ref _waiting, null)?.TrySetResult();
    }

    /// <summary>
    /// Waits until a notification wakes the partition or its poll is due, whichever comes first (at once when either
    /// happened already): the receiver's read follows an append by the wake-up, not by the agent's next tick.
    /// </summary>
    public async Task WaitForReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait, gap;
            lock (_gate)
            {
                var now = time.GetUtcNow();
                // A full read left more waiting: a backlog is read on at once.
                (wait, gap) = (_nextPoll - now, _lastReadFull ? TimeSpan.Zero : _lastRead + MinReadGap - now);
            }
            if (Volatile.Read(ref _woken) == 1)
            {
                if (gap > TimeSpan.Zero)
                {
                    // Under load a wake follows every append: reading at most every MinReadGap keeps reads batched.
                    await Task.Delay(gap, time, cancellationToken);
                }
                return;
            }
            if (wait <= TimeSpan.Zero)
            {
                return;
            }
            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Interlocked.Exchange(ref _waiting, signal)?.TrySetResult();
            if (Volatile.Read(ref _woken) == 1)
            {
                continue; // woken between the check and the signal's publication
            }
            try
            {
                await signal.Task.WaitAsync(wait < MaxWait ? wait : MaxWait, time, cancellationToken);
            }
            catch (TimeoutException)
            {
                return; // the poll is due, or the receiver's leases and checkpoint want their turn
            }
        }
    }

    /// <summary>True when a notification said the queue has news since the last call; consumes it.</summary>
    public bool TakeQueueWake() => Interlocked.Exchange(ref _queueWoken, 0) == 1;

    /// <summary>True when a read is due; consumes the wake-up.</summary>
    public bool ShouldRead()
    {
        if (Interlocked.Exchange(ref _woken, 0) == 1)
        {
            return true;
        }
        lock (_gate)
        {
            return time.GetUtcNow() >= _nextPoll;
        }
    }

    /// <summary>Records a finished read; a full read means more is waiting, so the next tick reads again.</summary>
    public void ReadCompleted(bool full)
    {
        lock (_gate)
        {
            (_lastRead, _lastReadFull) = (time.GetUtcNow(), full);
            _nextPoll = _lastRead + pollInterval;
        }
        if (full)
        {
            Wake();
        }
    }

    /// <summary>Gives a leased message its delivery number and remembers its receipt.</summary>
    public EventSequenceTokenV2 Track(LeasedMessage message)
    {
        lock (_gate)
        {
            var delivery = _nextDelivery++;
            var now = time.GetUtcNow();
            _receipts[delivery] = new MessageReceipt(message.Id, message.Attempts, now)
            {
                RenewAt = now + visibilityTimeout / 2,
                ForgetAfter = now + MaxHold + visibilityTimeout,
            };
            return new EventSequenceTokenV2(delivery);
        }
    }

    /// <summary>Where the checkpoint may move: every log record up to here was delivered or handed to the retry queue.</summary>
    public LogPosition LogDone
    {
        get
        {
            lock (_gate)
            {
                return _logDone;
            }
        }
    }

    /// <summary>Starts the log accounting at the checkpoint delivery resumes from.</summary>
    public void ResumeLogAt(LogPosition checkpoint)
    {
        lock (_gate)
        {
            _logDone = checkpoint;
        }
    }

    /// <summary>Gives a log record its delivery number and remembers it until it is delivered or retried.</summary>
    public EventSequenceTokenV2 Track(LogRecord record)
    {
        lock (_gate)
        {
            var delivery = _nextDelivery++;
            _logReceipts[delivery] = new LogReceipt(record);
            _logInFlight.Add(record.Position);
            _logFinished.Remove(record.Position);
            return new EventSequenceTokenV2(delivery);
        }
    }

    /// <summary>The log record behind a failed delivery (still counted in flight until <see cref="CompleteLog"/>), or null.</summary>
    public LogReceipt? FindLog(StreamSequenceToken token)
    {
        lock (_gate)
        {
            return _logReceipts.GetValueOrDefault(token.SequenceNumber);
        }
    }

    /// <summary>A failed log delivery was handed to the retry queue: it no longer holds the checkpoint back.</summary>
    public void CompleteLog(StreamSequenceToken token)
    {
        lock (_gate)
        {
            if (_logReceipts.Remove(token.SequenceNumber, out var receipt))
            {
                CompleteLogLocked(receipt.Record.Position);
            }
        }
    }

    private void CompleteLogLocked(LogPosition position)
    {
        _logInFlight.Add(position);
        _logFinished.Add(position);
        while (_logInFlight.Count > 0 && _logFinished.Remove(_logInFlight.Min))
        {
            _logDone = _logInFlight.Min;
            _logInFlight.Remove(_logDone);
        }
    }

    /// <summary>Marks a delivery failed so it is never acknowledged; returns its receipt, or null when unknown.</summary>
    public MessageReceipt? MarkFailed(StreamSequenceToken token)
    {
        lock (_gate)
        {
            if (!_receipts.TryGetValue(token.SequenceNumber, out var receipt))
            {
                return null;
            }
            receipt.Failed = true;
            receipt.ForgetAfter = time.GetUtcNow() + visibilityTimeout;
            return receipt;
        }
    }

    /// <summary>
    /// Takes the receipts of delivered queued messages to delete, leaving out (and forgetting) failed ones; delivered
    /// log records move <see cref="LogDone"/> forward.
    /// </summary>
    public List<MessageReceipt> TakeDelivered(IEnumerable<StreamSequenceToken> tokens)
    {
        var delivered = new List<MessageReceipt>();
        lock (_gate)
        {
            foreach (var token in tokens)
            {
                if (_receipts.Remove(token.SequenceNumber, out var receipt) && !receipt.Failed)
                {
                    delivered.Add(receipt);
                }
                else if (_logReceipts.Remove(token.SequenceNumber, out var logReceipt))
                {
                    CompleteLogLocked(logReceipt.Record.Position);
                }
            }
        }
        return delivered;
    }

    /// <summary>Receipts whose lease should be extended now (not failed, not held too long).</summary>
    public List<MessageReceipt> TakeDueRenewals()
    {
        var now = time.GetUtcNow();
        var due = new List<MessageReceipt>();
        lock (_gate)
        {
            foreach (var receipt in _receipts.Values)
            {
                if (!receipt.Failed && receipt.RenewAt <= now && receipt.LeasedAt + MaxHold > now)
                {
                    receipt.RenewAt = now + visibilityTimeout / 2;
                    due.Add(receipt);
                }
            }
        }
        return due;
    }

    /// <summary>Drops receipts Orleans never reported on (failed deliveries are not purged to the receiver).</summary>
    public void ForgetStale()
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            foreach (var (delivery, receipt) in _receipts)
            {
                if (receipt.ForgetAfter < now)
                {
                    _receipts.Remove(delivery);
                }
            }
        }
    }
}

/// <summary>A log record handed to the pulling agent and not yet delivered.</summary>
internal sealed record LogReceipt(LogRecord Record);
