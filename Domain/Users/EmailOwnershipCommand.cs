namespace Keel.Domain.Users;

public abstract record EmailOwnershipCommand
{
    private EmailOwnershipCommand() { }

    /// <summary>
    /// Claim the address for <paramref name="Owner"/> at <paramref name="Now"/>, to be confirmed with
    /// <paramref name="Code"/>; an unconfirmed claim of someone else older than <paramref name="Lease"/> has lapsed and
    /// is taken over. The claimant claiming again with another code (a registration retried before it was recorded)
    /// claims anew: the code of the retry is the one its mail carries.
    /// </summary>
    public sealed record Claim(UserId Owner, DateTimeOffset Now, TimeSpan Lease, ConfirmationCode? Code = null) : EmailOwnershipCommand;

    /// <summary>
    /// <paramref name="Owner"/>'s registration is recorded. That confirms a claim made without a code (by a build before
    /// codes); a claim with a code is confirmed by its code only.
    /// </summary>
    public sealed record Confirm(UserId Owner) : EmailOwnershipCommand;

    /// <summary><paramref name="Owner"/> proves control of the address with <paramref name="Code"/>, from their welcome mail.</summary>
    public sealed record ConfirmWithCode(UserId Owner, ConfirmationCode Code) : EmailOwnershipCommand;
}
