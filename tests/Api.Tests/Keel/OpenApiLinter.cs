using System.Diagnostics;

namespace Keel.Api.Tests;

/// <summary>Runs <c>scripts/lint-openapi.sh</c> (Redocly CLI) on a document, with a deadline.</summary>
public static class OpenApiLinter
{
    public static async Task<(int ExitCode, string Output)> LintAsync(string documentPath, TimeSpan timeout)
    {
        foreach (var tool in new[] { "node", "npm" })
        {
            Assert.True(OnPath(tool), $"'{tool}' is not on PATH: the OpenAPI linter needs Node.js and npm (./test.sh installs them; apt-get install nodejs npm).");
        }
        var start = new ProcessStartInfo("bash", [Path.Combine(Root(), "scripts", "lint-openapi.sh"), documentPath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"scripts/lint-openapi.sh did not finish within {timeout}: {await output}{await error}");
        }
        return (process.ExitCode, $"{await output}\n{await error}");
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(directory => File.Exists(Path.Combine(directory, tool)));

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Keel.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Keel.slnx not found above the test binaries.");
    }
}
