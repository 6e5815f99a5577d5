using System.ComponentModel;
using System.Diagnostics;

namespace Keel.AppHost;

/// <summary>Whether a container runtime answers: a <c>docker</c> client without a daemon does not count.</summary>
internal static class ContainerRuntime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Asks the runtime Aspire would use (<c>ASPIRE_CONTAINER_RUNTIME</c>, docker by default) about its server:
    /// <c>info</c> fails when no daemon answers.
    /// </summary>
    public static bool IsAvailable(string? runtime)
    {
        var command = string.IsNullOrWhiteSpace(runtime) ? "docker" : runtime;
        var start = new ProcessStartInfo(command, ["info"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return false;
            }
            // Drain the output so a talkative runtime cannot block on a full pipe.
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }
            return process.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false; // not installed
        }
    }
}
