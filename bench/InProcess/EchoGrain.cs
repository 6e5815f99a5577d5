namespace Keel.Bench.InProcess;

/// <summary>The baseline: a trivial grain call, so Orleans' own cost per call shows beside Keel's.</summary>
[Alias("Keel.Bench.InProcess.IEchoGrain")]
public interface IEchoGrain : IGrainWithIntegerKey
{
    /// <summary>Returns its argument.</summary>
    [Alias("echo")]
    Task<string> EchoAsync(string value);
}

/// <summary>An ordinary (not stateless-worker) grain without state that answers with its argument.</summary>
public sealed class EchoGrain : Grain, IEchoGrain
{
    public Task<string> EchoAsync(string value) => Task.FromResult(value);
}

/// <summary>The activation baseline: a grain that is created for one call and released after it.</summary>
[Alias("Keel.Bench.InProcess.IFreshGrain")]
public interface IFreshGrain : IGrainWithGuidKey
{
    /// <summary>Returns its argument and asks to be deactivated, as Keel's one-shot grains do.</summary>
    [Alias("touch")]
    Task<string> TouchAsync(string value);
}

/// <summary>An ordinary grain without state that deactivates after its call.</summary>
public sealed class FreshGrain : Grain, IFreshGrain
{
    public Task<string> TouchAsync(string value)
    {
        DeactivateOnIdle();
        return Task.FromResult(value);
    }
}
