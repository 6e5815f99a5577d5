namespace Keel.Contracts.Tests.Snapshot;

/// <summary>A difference between the recorded contracts and the code's: breaking (fails the gate) or an addition to record.</summary>
public sealed record ContractChange(bool Breaking, string Entry, string What, string HowToMakeItSafe)
{
    public override string ToString() => Breaking
        ? $"BREAKING {Entry}: {What}. {HowToMakeItSafe}"
        : $"NEW {Entry}: {What}. {HowToMakeItSafe}";
}
