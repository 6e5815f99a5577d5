namespace Keel.Domain.Users;

/// <summary>
/// Who owns one normalized e-mail address: keeps addresses unique across all users. A claim is confirmed once its
/// user is registered; until then it lapses after a lease, so a registration that crashed never blocks an address.
/// </summary>
public abstract record EmailOwnership : IState<EmailOwnership, EmailOwnershipEvent>
{
    private EmailOwnership() { }

    public static EmailOwnership Initial { get; } = new Free();

    /// <summary>Who holds the address now (its claimant or its owner), if anyone.</summary>
    public UserId? Holder => this switch
    {
        Claimed c => c.Owner,
        Owned o => o.Owner,
        _ => null,
    };

    public sealed record Free : EmailOwnership;

    /// <summary>Claimed by <paramref name="Owner"/> at <paramref name="At"/>, whose registration has not been confirmed yet.</summary>
    public sealed record Claimed(UserId Owner, DateTimeOffset At) : EmailOwnership;

    public sealed record Owned(UserId Owner) : EmailOwnership;

    public static EmailOwnership Evolve(EmailOwnership state, EmailOwnershipEvent @event) => @event switch
    {
        // A claim recorded before claims had a time was final: its owner keeps the address.
        EmailOwnershipEvent.Claimed e when e.ClaimedAt == default => new Owned(e.Owner),
        EmailOwnershipEvent.Claimed e => new Claimed(e.Owner, e.ClaimedAt),
        EmailOwnershipEvent.Confirmed e => new Owned(e.Owner),
        _ => state,
    };
}
