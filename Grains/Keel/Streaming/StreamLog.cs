using Microsoft.Extensions.Logging;

namespace Keel.Grains.Streaming;

/// <summary>The provider's log messages (ids, counts and reasons; never payloads).</summary>
internal static partial class StreamLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Error, Message = "Stream provider {Provider}: enqueue to partition {Partition} failed")]
    public static partial void EnqueueFailed(this ILogger logger, Exception exception, string provider, int partition);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Stream provider {Provider}: reading partition {Partition} failed")]
    public static partial void DequeueFailed(this ILogger logger, Exception exception, string provider, int partition);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Stream provider {Provider}: acknowledging {Count} messages of partition {Partition} failed; they will be delivered again")]
    public static partial void AcknowledgeFailed(this ILogger logger, Exception exception, string provider, int partition, int count);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Stream provider {Provider}: delivery of message {MessageId} on stream {Stream} failed (attempt {Attempts} of {MaxAttempts}); it will be delivered again")]
    public static partial void DeliveryFailed(this ILogger logger, string provider, string stream, long messageId, int attempts, int maxAttempts);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Error, Message = "Stream provider {Provider}: message {MessageId} on stream {Stream} moved to the dead letters after {Attempts} attempts: {Reason}")]
    public static partial void DeadLettered(this ILogger logger, string provider, string stream, long messageId, int attempts, string reason);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Warning, Message = "Stream provider {Provider}: a delivery failure on stream {Stream} refers to no lease this silo holds; the message will come back after its visibility timeout")]
    public static partial void UnknownFailure(this ILogger logger, string provider, string stream);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Error, Message = "Stream provider {Provider}: recording the failed delivery of message {MessageId} failed")]
    public static partial void RecordFailureFailed(this ILogger logger, Exception exception, string provider, long messageId);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Warning, Message = "Stream provider {Provider}: the notification listener lost its connection; retrying in {Delay}")]
    public static partial void ListenerFailed(this ILogger logger, Exception exception, string provider, TimeSpan delay);

    [LoggerMessage(EventId = 4108, Level = LogLevel.Information, Message = "Stream provider {Provider}: evicted {Count} dead letters older than {Retention}")]
    public static partial void Evicted(this ILogger logger, string provider, int count, TimeSpan retention);

    [LoggerMessage(EventId = 4109, Level = LogLevel.Warning, Message = "Stream provider {Provider}: evicting dead letters failed")]
    public static partial void EvictionFailed(this ILogger logger, Exception exception, string provider);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Error, Message = "Stream provider {Provider}: message {MessageId} of partition {Partition} cannot be read; moving it to the dead letters")]
    public static partial void UnreadablePayload(this ILogger logger, Exception exception, string provider, int partition, long messageId);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Warning, Message = "Stream provider {Provider}: subscription failure on stream {Stream}")]
    public static partial void SubscriptionFailed(this ILogger logger, string provider, string stream);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Warning, Message = "Stream provider {Provider}: renewing {Count} leases of partition {Partition} failed; they may be delivered twice")]
    public static partial void RenewFailed(this ILogger logger, Exception exception, string provider, int partition, int count);

    [LoggerMessage(EventId = 4113, Level = LogLevel.Warning, Message = "Stream provider {Provider}: saving the checkpoint of partition {Partition} failed; it is retried at the next interval")]
    public static partial void CheckpointFailed(this ILogger logger, Exception exception, string provider, int partition);

    [LoggerMessage(EventId = 4114, Level = LogLevel.Warning, Message = "Stream provider {Provider}: delivery of the log event at {Position} on stream {Stream} failed; it moves to the retry queue")]
    public static partial void LogDeliveryFailed(this ILogger logger, string provider, string stream, long position);
}
