using Keel.Grains.EventLog;
using Microsoft.Extensions.Logging;

namespace Keel.Grains.Messaging;

/// <summary>What every aggregate takes from its silo, as one constructor argument: the event log, the clock, the loggers.</summary>
public sealed class AggregateServices(IEventLog log, TimeProvider clock, ILoggerFactory loggers)
{
    public IEventLog Log { get; } = log;

    public TimeProvider Clock { get; } = clock;

    public ILoggerFactory Loggers { get; } = loggers;
}
