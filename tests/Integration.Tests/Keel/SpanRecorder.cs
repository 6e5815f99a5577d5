using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Keel.Integration.Tests;

/// <summary>Collects the spans the app exports, as an OTLP backend would receive them.</summary>
public sealed class SpanRecorder : BaseExporter<Activity>
{
    private readonly ConcurrentQueue<Activity> _spans = new();

    public Activity[] Spans => [.. _spans];

    public void AddTo(IServiceCollection services) =>
        services.AddOpenTelemetry().WithTracing(tracing => tracing.AddProcessor(new SimpleActivityExportProcessor(this)));

    public override ExportResult Export(in Batch<Activity> batch)
    {
        foreach (var span in batch)
        {
            _spans.Enqueue(span);
        }
        return ExportResult.Success;
    }
}
