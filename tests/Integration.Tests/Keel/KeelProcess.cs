using System.Diagnostics;
using System.Net;
using Keel.Grains.Hosting;

namespace Keel.Integration.Tests;

/// <summary>A built Keel executable (the Api or a Silo) run as a real process, so tests can kill -9 it.</summary>
public sealed class KeelProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringWriter _output = new();

    private KeelProcess(Process process, Uri? address, int siloPort)
    {
        _process = process;
        Address = address;
        SiloPort = siloPort;
    }

    /// <summary>The Api's HTTP address; null for a silo.</summary>
    public Uri? Address { get; }

    public int SiloPort { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts the Api and waits until <c>/health</c> answers 200 (or only until HTTP answers). It runs in its own folder
    /// unless <paramref name="workingDirectory"/> names another, as a user starting it from elsewhere would.
    /// </summary>
    public static async Task<KeelProcess> StartApiAsync(
        IReadOnlyDictionary<string, string> settings, bool waitUntilReady = true, string? workingDirectory = null)
    {
        var address = new Uri($"http://127.0.0.1:{PostgresApiFactory.FreePort()}");
        var api = Start("Api", "Keel.Api.dll", settings, address, workingDirectory);
        await api.WaitForHttpAsync(waitUntilReady, TimeSpan.FromSeconds(60));
        return api;
    }

    /// <summary>Starts a silo host and waits until it has joined the cluster.</summary>
    public static async Task<KeelProcess> StartSiloAsync(IReadOnlyDictionary<string, string> settings)
    {
        var silo = Start("Silo", "Keel.Silo.dll", settings, address: null, workingDirectory: null);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!silo.Output.Contains("Application started", StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline || silo._process.HasExited)
            {
                throw new InvalidOperationException($"The silo did not start. Its output:\n{silo.Output}");
            }
            await Task.Delay(100);
        }
        return silo;
    }

    /// <summary>A client of the Api acting as an admin (<c>.As(token)</c> to act as someone else, <c>.As(null)</c> for nobody).</summary>
    public HttpClient CreateClient() => new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) }.AsAdmin();

    /// <summary>SIGKILL: no shutdown hooks, no flushing, nothing after this instruction.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        KillHard();
        _process.Dispose();
        await _output.DisposeAsync();
    }

    /// <summary>
    /// Runs the Api (<paramref name="project"/> "Api") or a silo ("Silo") until it exits by itself, for start-up errors;
    /// fails when it is still running after <paramref name="timeout"/>.
    /// </summary>
    public static async Task<KeelExit> RunUntilExitAsync(string project, IReadOnlyDictionary<string, string> settings, TimeSpan timeout)
    {
        var address = project == "Api" ? new Uri($"http://127.0.0.1:{PostgresApiFactory.FreePort()}") : null;
        var (start, _) = StartInfo(project, $"Keel.{project}.dll", settings, address, workingDirectory: null);
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
            await process.WaitForExitAsync();
            throw new TimeoutException($"{project} was still running after {timeout.TotalSeconds} s. Its output:\n{await output}\n{await error}");
        }
        return new KeelExit(process.ExitCode, await output, await error);
    }

    private static KeelProcess Start(string project, string dllName, IReadOnlyDictionary<string, string> settings, Uri? address, string? workingDirectory)
    {
        var (start, siloPort) = StartInfo(project, dllName, settings, address, workingDirectory);
        var process = new KeelProcess(Process.Start(start)!, address, siloPort);
        process._process.OutputDataReceived += (_, e) => process.Append(e.Data);
        process._process.ErrorDataReceived += (_, e) => process.Append(e.Data);
        process._process.BeginOutputReadLine();
        process._process.BeginErrorReadLine();
        return process;
    }

    private static (ProcessStartInfo Start, int SiloPort) StartInfo(
        string project, string dllName, IReadOnlyDictionary<string, string> settings, Uri? address, string? workingDirectory)
    {
        var dll = Path.Combine(ApplicationFolder(project), dllName);
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = workingDirectory ?? ApplicationFolder(project),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var siloPort = int.Parse(PostgresApiFactory.FreePort(), System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        start.Environment[KeelSettings.EnvironmentVariable(KeelSettings.SiloPort)] = siloPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment[KeelSettings.EnvironmentVariable(KeelSettings.GatewayPort)] = PostgresApiFactory.FreePort();
        if (address is not null)
        {
            start.Environment["ASPNETCORE_URLS"] = address.ToString();
            foreach (var (key, value) in TestAuth.ApiSettings)
            {
                start.Environment[KeelSettings.EnvironmentVariable(key)] = value;
            }
        }
        foreach (var (key, value) in settings)
        {
            start.Environment[KeelSettings.EnvironmentVariable(key)] = value;
        }
        return (start, siloPort);
    }

    /// <summary>Where the built <paramref name="project"/> ("Api", "Silo") is: its dll, appsettings.json and wwwroot.</summary>
    public static string ApplicationFolder(string project) =>
        Path.Combine(Repository.Root, project, "bin", BuildConfiguration(), "net10.0") + Path.DirectorySeparatorChar;

    private async Task WaitForHttpAsync(bool untilReady, TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                var response = await http.GetAsync(untilReady ? "/health" : "/alive");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new InvalidOperationException($"The Api did not become {(untilReady ? "ready" : "reachable")}. Its output:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.WriteLine(line);
            }
        }
    }

    private static string BuildConfiguration() =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release"
            : "Debug";
}

/// <summary>How a Keel process ended: its exit code and what it wrote.</summary>
public sealed record KeelExit(int ExitCode, string StandardOutput, string StandardError);
