using System.Diagnostics;

namespace Keel.AppHost.Tests;

/// <summary>The README's one command for a local token, run the way a developer runs it (the built Api, Development).</summary>
internal static class DevelopmentToken
{
    public static async Task<string> ForAsync(string userId)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release" : "Debug";
        var api = Path.Combine(RepositoryRoot(), "Api", "bin", configuration, "net10.0", "Keel.Api.dll");
        var start = new ProcessStartInfo("dotnet", [api, "token", "--user", userId])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        using var process = Process.Start(start)!;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var output = process.StandardOutput.ReadToEndAsync(deadline.Token);
        var error = process.StandardError.ReadToEndAsync(deadline.Token);
        await process.WaitForExitAsync(deadline.Token);
        return process.ExitCode == 0
            ? (await output).Trim()
            : throw new InvalidOperationException($"The token command failed ({process.ExitCode}): {await error}");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Keel.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Keel.slnx not found above the test binaries.");
    }
}
