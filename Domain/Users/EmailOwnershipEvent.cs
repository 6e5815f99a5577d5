namespace Keel.Domain.Users;

public abstract record EmailOwnershipEvent : IEvent
{
    private EmailOwnershipEvent() { }

    [WireName("keel.users.email-claimed.v1")]
    public sealed record Claimed(UserId Owner) : EmailOwnershipEvent;
}
