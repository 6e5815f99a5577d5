namespace Keel.Domain.Users;

public abstract record EmailOwnershipRejection
{
    private EmailOwnershipRejection() { }

    /// <summary>The address belongs to another user.</summary>
    public sealed record OwnedByAnother(UserId Owner) : EmailOwnershipRejection;
}
