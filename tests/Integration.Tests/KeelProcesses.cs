namespace Keel.Integration.Tests;

/// <summary>The processes a test starts (silos, Apis), killed together when it ends.</summary>
public sealed class KeelProcesses : IAsyncDisposable
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

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }
    }
}
