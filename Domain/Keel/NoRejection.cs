namespace Keel.Domain;

/// <summary>The rejection type of a decider that never refuses a command. It has no values.</summary>
public sealed record NoRejection : IRejection
{
    private NoRejection() { }

    public RejectionKind Kind => throw new InvalidOperationException("NoRejection has no values.");

    public string Detail => throw new InvalidOperationException("NoRejection has no values.");
}
