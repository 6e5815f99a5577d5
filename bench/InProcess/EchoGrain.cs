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
