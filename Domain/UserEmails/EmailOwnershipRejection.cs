using Keel.Domain.Users;

namespace Keel.Domain.UserEmails;

public abstract record EmailOwnershipRejection
{
    private EmailOwnershipRejection() { }

    /// <summary>The address belongs to another user.</summary>
    public sealed record OwnedByAnother(UserId Owner) : EmailOwnershipRejection;
}
