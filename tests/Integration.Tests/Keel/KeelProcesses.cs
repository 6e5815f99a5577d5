namespace Keel.Integration.Tests;

/// <summary>The processes a test starts (silos, Apis), killed together when it ends.</summary>
public sealed class KeelProcesses
{
    private readonly List<KeelProcess> _processes = [];

    /// <summary>Waits for <paramref name="starting"/> and keeps the process for disposal.</summary>
    public async Task<KeelProcess> StartAsync(Task<KeelProcess> starting)
    {
        var process = await starting;
        lock (_processes)
        {
            _processes.Add(process);
        }
        return process;
    }

    /// <summary>Kills every process started here (the test's DisposeAsync calls it).</summary>
    public async Task StopAllAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }
    }
}
