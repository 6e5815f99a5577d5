using System.Diagnostics;

namespace Keel.Integration.Tests;

/// <summary>The repository the tests run from: its built outputs and its scripts.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Runs <c>scripts/NAME</c> with arguments and returns its standard output; throws when it fails.</summary>
    public static async Task<string> RunScriptAsync(string name, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(Root, "scripts", name), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? (await output).Trim()
            : throw new InvalidOperationException($"scripts/{name} {string.Join(' ', arguments)} failed: {await error}");
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Keel.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Keel.slnx not found above the test binaries.");
    }
}
