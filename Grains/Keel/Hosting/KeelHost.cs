using Keel.Grains.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Keel.Grains.Hosting;

/// <summary>Runs a Keel process: the Api and the Silo host both start here.</summary>
public static class KeelHost
{
    /// <summary>
    /// Builds and runs the host. A start-up mistake, thrown while building or while starting, becomes one line on
    /// standard error, <c>Keel could not start: {setting}: {what is wrong}; {how to fix it}.</c>, and exit code 1; the
    /// exception is logged at Debug (category <c>Keel.Startup</c>). Anything else is a bug and is thrown as it is.
    /// </summary>
    public static int Run(string[] args, Func<IHost> build)
    {
        try
        {
            build().Run();
            return 0;
        }
        catch (Exception exception) when (StartupProblems.Describe(exception) is { } problem)
        {
            Console.Error.WriteLine($"Keel could not start: {problem}");
            LogDetails(args, exception);
            return 1;
        }
    }

    /// <summary>
    /// The content root a Keel host is built with: the application's own folder, so its <c>appsettings.json</c> and
    /// <c>wwwroot</c> are found whatever the working directory (the hosts' default is the working directory). A content
    /// root given explicitly (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>, <c>DOTNET_CONTENTROOT</c>; the test host
    /// gives one) is left to the host: null then.
    /// </summary>
    public static string? ContentRoot(string[] args)
    {
        var explicitRoot = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[HostDefaults.ContentRootKey];
        return string.IsNullOrEmpty(explicitRoot) ? AppContext.BaseDirectory : null;
    }

    /// <summary>The host may not exist (or is disposed): the details go through a logger of their own, set up as the host's would be.</summary>
    private static void LogDetails(string[] args, Exception exception)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
        using var loggers = LoggerFactory.Create(logging => logging.AddConfiguration(configuration.GetSection("Logging")).AddConsole());
        var logger = new RedactingLogger(loggers.CreateLogger("Keel.Startup"));
        if (logger.IsEnabled(LogLevel.Debug))
        {
            logger.LogDebug(exception, "Keel could not start");
        }
    }
}
