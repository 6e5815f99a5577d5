using Keel.Domain.Users;

namespace Keel.Domain.UserEmails;

public abstract record EmailOwnershipCommand
{
    private EmailOwnershipCommand() { }

    /// <summary>Claim the address for <paramref name="Owner"/>.</summary>
    public sealed record Claim(UserId Owner) : EmailOwnershipCommand;
}
