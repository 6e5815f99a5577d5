using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Keel.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Keel.Api.Tests;

/// <summary>The co-hosted Api with an in-memory span exporter: what an OTLP backend would receive.</summary>
public sealed class TelemetryApiFactory : KeelApiFactory
{
    private readonly ConcurrentQueue<Activity> _spans = new();

    public Activity[] Spans => [.. _spans];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(TelemetryNames.TracesSetting, "true");
        builder.ConfigureTestServices(services => services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddProcessor(new SimpleActivityExportProcessor(new QueueExporter(_spans)))));
    }

    private sealed class QueueExporter(ConcurrentQueue<Activity> spans) : BaseExporter<Activity>
    {
        public override ExportResult Export(in Batch<Activity> batch)
        {
            foreach (var span in batch)
            {
                spans.Enqueue(span);
            }
            return ExportResult.Success;
        }
    }
}
