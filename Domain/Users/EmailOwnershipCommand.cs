namespace Keel.Domain.Users;

public abstract record EmailOwnershipCommand
{
    private EmailOwnershipCommand() { }

    /// <summary>
    /// Claim the address for <paramref name="Owner"/> at <paramref name="Now"/>; an unconfirmed claim of someone else
    /// older than <paramref name="Lease"/> has lapsed and is taken over.
    /// </summary>
    public sealed record Claim(UserId Owner, DateTimeOffset Now, TimeSpan Lease) : EmailOwnershipCommand;

    /// <summary><paramref name="Owner"/>'s registration is recorded: the claim is final.</summary>
    public sealed record Confirm(UserId Owner) : EmailOwnershipCommand;
}
