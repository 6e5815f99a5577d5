using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Keel.Grains.Diagnostics;

/// <summary>Keel's activity source and instruments (exported as "Keel").</summary>
internal static class KeelDiagnostics
{
    public const string Name = "Keel";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> CommandsHandled = Meter.CreateCounter<long>(
        "keel.commands.handled", "{command}", "Commands accepted (including idempotent no-ops).");

    public static readonly Counter<long> CommandsRejected = Meter.CreateCounter<long>(
        "keel.commands.rejected", "{command}", "Commands refused by their decider.");

    public static readonly Counter<long> CommandsFailed = Meter.CreateCounter<long>(
        "keel.commands.failed", "{command}", "Commands that threw (a bug or an unavailable dependency).");

    public static readonly Histogram<double> CommandDuration = Meter.CreateHistogram<double>(
        "keel.command.duration", "ms", "Time to decide, record and publish a command.");

    public static readonly Counter<long> SubscriptionDeliveries = Meter.CreateCounter<long>(
        "keel.subscription.deliveries", "{event}", "Events delivered to subscriptions, by outcome (handled, failed); a redelivery is handled as a no-op by its aggregate.");

    public static readonly Histogram<int> EventLogBatchSize = Meter.CreateHistogram<int>(
        "keel.eventlog.batch.size", "{operation}", "Loads, appends and snapshot writes that shared one round trip and transaction.");

    public static readonly Histogram<double> EventLogBatchDuration = Meter.CreateHistogram<double>(
        "keel.eventlog.batch.duration", "ms", "Time for one group-committed batch of the event log.");

    public static readonly Counter<long> AlarmsFired = Meter.CreateCounter<long>(
        "keel.alarms.fired", "{alarm}", "Due alarms the alarm clock woke their aggregate for, by outcome (fired, failed: fired again after its lease).");

    public static readonly Histogram<double> AlarmLateness = Meter.CreateHistogram<double>(
        "keel.alarm.lateness", "ms", "How long after its due time an alarm was fired.");

    public static readonly Histogram<double> ProjectionLag = Meter.CreateHistogram<double>(
        "keel.projection.lag", "ms", "How long after its command was decided an event was in its projection's rows, by projection.");

    public static readonly Counter<long> ProjectedEvents = Meter.CreateCounter<long>(
        "keel.projection.events", "{event}", "Events a projection applied to its rows (again after a rebuild), by projection.");

    /// <summary>The service a grain belongs to: the second part of its grain type (<c>keel.users.user</c> → <c>users</c>).</summary>
    public static string ServiceOf(GrainId grain) => Services.GetOrAdd(grain.Type, static type =>
    {
        var name = type.ToString() ?? "";
        var parts = name.Split('.');
        return parts.Length > 2 ? parts[1] : name;
    });

    /// <summary>Asked once per activation (the command metrics' tag): the few grain types are worked out once each.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<GrainType, string> Services = new();

    /// <summary>A grain named without its key: keys can be e-mail addresses, which stay out of logs.</summary>
    public static string Redact(GrainId grain) => $"{grain.Type}/#{grain.GetUniformHashCode():x8}";
}
