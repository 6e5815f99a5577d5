namespace Keel.ServiceDefaults;

/// <summary>The activity sources and meters Keel exports.</summary>
public static class TelemetryNames
{
    /// <summary>Keel's own spans (subscriptions, outbox) and instruments (commands, deliveries, outbox).</summary>
    public const string Keel = "Keel";

    /// <summary>Orleans' grain-call spans: one per call, client and server side.</summary>
    public const string OrleansApplication = "Microsoft.Orleans.Application";

    /// <summary>Orleans' internal spans: thousands a minute when idle, so only on request.</summary>
    public const string OrleansRuntime = "Microsoft.Orleans.Runtime";

    /// <summary>Orleans' meter.</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>Setting that turns the Orleans runtime spans on.</summary>
    public const string OrleansRuntimeSpansSetting = "Keel:Telemetry:OrleansRuntimeSpans";
}
