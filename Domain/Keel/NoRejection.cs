namespace Keel.Domain;

/// <summary>The rejection type of a decider that never refuses a command. It has no values.</summary>
public sealed record NoRejection
{
    private NoRejection() { }
}
