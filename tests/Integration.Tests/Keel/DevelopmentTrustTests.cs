using System.Diagnostics;

namespace Keel.Integration.Tests;

/// <summary>
/// Development trusts the machine (its development key, the admin endpoints, the dashboard), so only loopback
/// listeners get it, and the development key must be its owner's alone. Each test has a profile folder of its own
/// (XDG_CONFIG_HOME), so the machine's real key is never touched.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DevelopmentTrustTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    private readonly DirectoryInfo _profile = Directory.CreateTempSubdirectory("keel-profile-");

    private string KeyFolder => Path.Combine(_profile.FullName, "keel");

    private string KeyFile => Path.Combine(KeyFolder, "dev-signing-key");

    private Dictionary<string, string> Development(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["XDG_CONFIG_HOME"] = _profile.FullName,
            // No key of the tests': Development's own defaults apply.
            ["Keel:Auth:SigningKey"] = "",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }
        return settings;
    }

    [Fact]
    public async Task ADevelopmentApiToldToListenBeyondLoopbackRefusesToStartInOneLine()
    {
        var port = PostgresApiFactory.FreePort();

        await StartupErrorTests.AssertOneLineAsync("Api", Development(("ASPNETCORE_URLS", $"http://0.0.0.0:{port}")),
            $"ASPNETCORE_URLS (--urls, Kestrel:Endpoints): http://0.0.0.0:{port} is not a loopback address, but in Development the Api trusts " +
            "whoever reaches it (this machine's development signing key, the admin endpoints, the dashboard); listen on loopback only " +
            "(ASPNETCORE_URLS=http://127.0.0.1:5080), or run with ASPNETCORE_ENVIRONMENT=Production and Keel:Auth:SigningKey or Keel:Auth:Authority.");
        Assert.False(File.Exists(KeyFile), "no development key is made for a process that refuses to start");
    }

    [Fact]
    public async Task ADevelopmentKeyOtherUsersMayReadIsRefusedInOneLine()
    {
        Directory.CreateDirectory(KeyFolder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        await File.WriteAllTextAsync(KeyFile, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        File.SetUnixFileMode(KeyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        await StartupErrorTests.AssertOneLineAsync("Api", Development(),
            $"Keel:Auth:SigningKey: not set, and the development key {KeyFile} is open to other users (mode 0644), who could sign tokens with it; " +
            $"make it its owner's only (chmod 600 {KeyFile}), or delete it and a new one is made.");
    }

    [Fact]
    public async Task TheTokenCommandKeepsTheKeyInAFolderOnlyItsOwnerMayEnterAndRefusesAnOpenOne()
    {
        var made = await TokenAsync("--user", "ada");
        var (folderMode, keyMode) = (File.GetUnixFileMode(KeyFolder), File.GetUnixFileMode(KeyFile));
        var tooLong = await TokenAsync("--user", "ada", "--hours", "48");
        File.SetUnixFileMode(KeyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var open = await TokenAsync("--user", "ada");

        Assert.Equal(0, made.ExitCode);
        Assert.Equal(3, made.StandardOutput.Trim().Split('.').Length);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, folderMode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, keyMode);
        Assert.Equal(1, tooLong.ExitCode);
        Assert.Contains("--hours 48 is longer than Keel:Auth:MaxTokenLifetime", tooLong.StandardError, StringComparison.Ordinal);
        Assert.Equal(1, open.ExitCode);
        Assert.Equal(
            $"Keel cannot print a token: Keel:Auth:SigningKey: not set, and the development key {KeyFile} is open to other users (mode 0640), "
            + $"who could sign tokens with it; make it its owner's only (chmod 600 {KeyFile}), or delete it and a new one is made.",
            open.StandardError.Trim());
    }

    private async Task<KeelExit> TokenAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(KeelProcess.ApplicationFolder("Api"), "Keel.Api.dll"), "token", .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["XDG_CONFIG_HOME"] = _profile.FullName;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(Deadline);
        await process.WaitForExitAsync(deadline.Token);
        return new KeelExit(process.ExitCode, await output, await error);
    }

    public void Dispose() => _profile.Delete(recursive: true);
}
