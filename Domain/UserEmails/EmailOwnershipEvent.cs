using Keel.Domain.Users;

namespace Keel.Domain.UserEmails;

public abstract record EmailOwnershipEvent
{
    private EmailOwnershipEvent() { }

    public sealed record Claimed(UserId Owner) : EmailOwnershipEvent;
}
