namespace Keel.Domain.Users;

public abstract record EmailOwnershipEvent : IEvent
{
    private EmailOwnershipEvent() { }

    /// <summary><paramref name="Owner"/> claimed the address at <paramref name="ClaimedAt"/> (unset in claims recorded before leases).</summary>
    [WireName("keel.users.email-claimed.v1")]
    public sealed record Claimed(UserId Owner, DateTimeOffset ClaimedAt = default) : EmailOwnershipEvent;

    /// <summary>The claim of <paramref name="Owner"/> is final: the user is registered.</summary>
    public sealed record Confirmed(UserId Owner) : EmailOwnershipEvent;
}
