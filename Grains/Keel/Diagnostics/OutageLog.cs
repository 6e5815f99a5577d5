using Microsoft.Extensions.Logging;

namespace Keel.Grains.Diagnostics;

/// <summary>The outage lines (category <c>Keel.Outages</c>): a few per outage, never one per failure.</summary>
internal static partial class OutageLog
{
    [LoggerMessage(EventId = 4200, Level = LogLevel.Warning,
        Message = "{Dependency} is unavailable: {Reason}. Keel keeps trying; a count follows every {Interval} s until it is back")]
    public static partial void Unavailable(ILogger logger, string dependency, string reason, double interval);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning,
        Message = "{Dependency} is still unavailable after {Seconds:0.0} s: {Requests} requests failed in the last {Window:0.0} s")]
    public static partial void StillUnavailableRequests(ILogger logger, string dependency, double seconds, int requests, double window);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "{Dependency} is still unavailable after {Seconds:0.0} s")]
    public static partial void StillUnavailable(ILogger logger, string dependency, double seconds);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Information, Message = "{Dependency} is back after {Seconds:0.0} s; {Requests} requests failed meanwhile")]
    public static partial void BackAfterRequests(ILogger logger, string dependency, double seconds, int requests);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Information, Message = "{Dependency} is back after {Seconds:0.0} s")]
    public static partial void Back(ILogger logger, string dependency, double seconds);

    [LoggerMessage(EventId = 4205, Level = LogLevel.Debug, Message = "A failure because {Dependency} is unavailable")]
    public static partial void FailureDetail(ILogger logger, Exception exception, string dependency);

    [LoggerMessage(EventId = 4206, Level = LogLevel.Debug, Message = "{Dependency} did not answer the probe")]
    public static partial void ProbeFailed(ILogger logger, Exception exception, string dependency);
}
