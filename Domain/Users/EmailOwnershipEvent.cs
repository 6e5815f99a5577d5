
namespace Keel.Domain.Users;

public abstract record EmailOwnershipEvent
{
    private EmailOwnershipEvent() { }

    public sealed record Claimed(UserId Owner) : EmailOwnershipEvent;
}
