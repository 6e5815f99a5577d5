namespace Keel.Domain.Users;

public abstract record EmailOwnershipCommand
{
    private EmailOwnershipCommand() { }

    /// <summary>Claim the address for <paramref name="Owner"/>.</summary>
    public sealed record Claim(UserId Owner) : EmailOwnershipCommand;

    /// <summary>
    /// Move the address from <paramref name="Abandoned"/> — an owner whose registration never completed (a crash
    /// between claiming and registering) — to <paramref name="Owner"/>.
    /// </summary>
    public sealed record TakeOver(UserId Abandoned, UserId Owner) : EmailOwnershipCommand;
}
