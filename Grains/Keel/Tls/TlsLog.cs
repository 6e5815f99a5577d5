using Microsoft.Extensions.Logging;

namespace Keel.Grains.Tls;

/// <summary>The refusal lines (category <c>Keel.Tls</c>): one per peer and reason, then a count while it goes on.</summary>
internal static partial class TlsLog
{
    public const string Category = "Keel.Tls";

    [LoggerMessage(EventId = 4300, Level = LogLevel.Warning,
        Message = "Refused a TLS connection {Direction}: {Reason}; repeats are counted every {Interval} s")]
    public static partial void Refused(ILogger logger, string direction, string reason, double interval);

    [LoggerMessage(EventId = 4301, Level = LogLevel.Warning,
        Message = "Still refusing TLS connections {Direction}: {Count} in the last {Window:0.0} s; {Reason}")]
    public static partial void RefusedAgain(ILogger logger, int count, string direction, double window, string reason);
}
