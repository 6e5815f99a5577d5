namespace Keel.Domain.Users;

/// <summary>
/// Who owns one e-mail address (in its canonical form): keeps addresses unique across all users. A claim is confirmed
/// when its user proves control of the address with the code of their welcome mail; until then it lapses after a
/// lease, so neither a registration that crashed nor one by somebody who cannot read the address's mail keeps it.
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

    /// <summary>
    /// Claimed by <paramref name="Owner"/> at <paramref name="At"/>, not confirmed yet: by <paramref name="Code"/>, the
    /// code the welcome mail carries (null for a claim recorded before codes, which its registration confirms).
    /// </summary>
    public sealed record Claimed(UserId Owner, DateTimeOffset At, ConfirmationCode? Code = null) : EmailOwnership;

    public sealed record Owned(UserId Owner) : EmailOwnership;

    public static EmailOwnership Evolve(EmailOwnership state, EmailOwnershipEvent @event) => @event switch
    {
        // A claim recorded before claims had a time was final: its owner keeps the address.
        EmailOwnershipEvent.Claimed e when e.ClaimedAt == default => new Owned(e.Owner),
        EmailOwnershipEvent.Claimed e => new Claimed(e.Owner, e.ClaimedAt, e.Code),
        EmailOwnershipEvent.Confirmed e => new Owned(e.Owner),
        _ => state,
    };
}
