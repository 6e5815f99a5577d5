using Keel.Grains.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Keel.Grains.Diagnostics;

public static class DiagnosticsServiceCollectionExtensions
{
    /// <summary>The category of the outage lines.</summary>
    public const string OutageCategory = "Keel.Outages";

    /// <summary>
    /// Outage tracking and the duplicate filter (<see cref="ReportedOnceLoggerFactory"/>); safe to call more than once.
    /// <c>Keel:Outages:ReportInterval</c> sets how often a lasting outage is counted (default 10 s).
    /// </summary>
    public static IServiceCollection AddKeelFailureReporting(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(DependencyOutages)))
        {
            return services;
        }
        var timing = OutageTiming.Default with
        {
            ReportInterval = configuration.GetValue(KeelSettings.OutageReportInterval, OutageTiming.Default.ReportInterval),
        };
        services.AddSingleton(timing);
        services.AddSingleton<DependencyOutages>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        // The real factory stays in the container (as LoggerFactory); ILoggerFactory, and so every ILogger<T>, wraps it.
        var factory = services.Last(d => d.ServiceType == typeof(ILoggerFactory));
        if (factory.ImplementationType == typeof(LoggerFactory))
        {
            services.Remove(factory);
            services.AddSingleton<LoggerFactory>();
            services.AddSingleton<ILoggerFactory>(sp => new ReportedOnceLoggerFactory(sp.GetRequiredService<LoggerFactory>(), sp));
        }
        return services;
    }

    /// <summary>
    /// Tracks one dependency: <paramref name="covers"/> recognizes its outage in an exception, <paramref name="probe"/>
    /// (optional) checks whether it answers again, <paramref name="recovered"/> (optional) runs once it does, and every
    /// warning of <paramref name="warningCategories"/> (optional) is taken as a sign of its outage.
    /// </summary>
    public static IServiceCollection AddDependencyOutage(
        this IServiceCollection services, string name, Func<Exception, bool> covers,
        Func<IServiceProvider, Func<CancellationToken, Task>>? probe = null, Action? recovered = null,
        IReadOnlyList<string>? warningCategories = null) =>
        services.AddSingleton(sp => new DependencyOutage(
            name, covers, probe?.Invoke(sp), recovered, sp.GetService<OutageTiming>() ?? OutageTiming.Default,
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            // The real factory, not the wrapper: the outage's own Debug lines are no duplicates (but are redacted).
            new RedactingLogger(((ILoggerFactory?)sp.GetService<LoggerFactory>() ?? sp.GetRequiredService<ILoggerFactory>()).CreateLogger(OutageCategory)),
            warningCategories));
}
