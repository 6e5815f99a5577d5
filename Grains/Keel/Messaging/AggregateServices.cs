using Keel.Grains.Alarms;
using Keel.Grains.EventLog;
using Microsoft.Extensions.Logging;

namespace Keel.Grains.Messaging;

/// <summary>What every aggregate takes from its silo, as one constructor argument: the event log, the clock, the loggers, the alarms.</summary>
public sealed class AggregateServices(IEventLog log, TimeProvider clock, ILoggerFactory loggers, IAlarmStore alarms, AlarmBell bell,
    [FromKeyedServices(KeelNames.AlarmTime)] TimeProvider alarmTime)
{
    /// <summary>The clock alarms are due by.</summary>
    public TimeProvider AlarmTime { get; } = alarmTime;

    public IAlarmStore Alarms { get; } = alarms;

    public AlarmBell Bell { get; } = bell;

    public IEventLog Log { get; } = log;

    public TimeProvider Clock { get; } = clock;

    public ILoggerFactory Loggers { get; } = loggers;
}
