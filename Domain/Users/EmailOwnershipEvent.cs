namespace Keel.Domain.Users;

public abstract record EmailOwnershipEvent : IEvent
{
    private EmailOwnershipEvent() { }

    /// <summary>
    /// <paramref name="Owner"/> claimed the address at <paramref name="ClaimedAt"/> (unset in claims recorded before
    /// leases), to be confirmed with <paramref name="Code"/> (unset in claims recorded before codes).
    /// </summary>
    [WireName("keel.users.email-claimed.v1")]
    public sealed record Claimed(UserId Owner, DateTimeOffset ClaimedAt = default, ConfirmationCode? Code = null) : EmailOwnershipEvent;

    /// <summary>The claim of <paramref name="Owner"/> is final: they proved control of the address (or, before codes, registered).</summary>
    public sealed record Confirmed(UserId Owner) : EmailOwnershipEvent;
}
