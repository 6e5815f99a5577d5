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

    /// <summary>
    /// Setting that records spans without an OTLP endpoint (for an exporter added in code). Default: spans are recorded
    /// only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, because spans nobody receives cost a fifth of the CPU of a
    /// registration (BENCHMARKS.md).
    /// </summary>
    public const string TracesSetting = "Keel:Telemetry:Traces";

    /// <summary>Setting that turns the Orleans runtime spans on.</summary>
    public const string OrleansRuntimeSpansSetting = "Keel:Telemetry:OrleansRuntimeSpans";
}
