namespace Keel.Grains.Interfaces.Users;

/// <summary>Who owns one e-mail address; keyed by the address's canonical form (lower case). Serializes competing claims.</summary>
[Alias("keel.users.IEmailOwnershipGrain")]
public interface IEmailOwnershipGrain : IGrainWithStringKey
{
    /// <summary>
    /// Claims the address for <paramref name="userId"/> if it is free or its claim has lapsed, with a code of its own
    /// that nobody is told (a caller that needs the code uses <see cref="ClaimWithCodeAsync"/>); returns who holds it afterwards.
    /// </summary>
    [Alias("claim")]
    Task<Guid> ClaimAsync(Guid userId);

    /// <summary>
    /// Claims the address for <paramref name="userId"/> if it is free or its claim has lapsed, to be confirmed with
    /// <paramref name="code"/> (which the welcome mail will carry); returns who holds it afterwards.
    /// </summary>
    [Alias("claim-with-code")]
    Task<Guid> ClaimWithCodeAsync(Guid userId, string code);

    /// <summary>
    /// <paramref name="userId"/>'s registration is recorded. It confirms a claim an earlier build recorded without a
    /// code; a claim with a code is confirmed by <see cref="ConfirmWithCodeAsync"/> only.
    /// </summary>
    [Alias("confirm")]
    Task ConfirmAsync(Guid userId);

    /// <summary><paramref name="userId"/> proves control of the address with the code of their welcome mail; the claim becomes final.</summary>
    [Alias("confirm-with-code")]
    Task<CommandResult<Guid>> ConfirmWithCodeAsync(Guid userId, string code);

    /// <summary>Who holds the address now (its claimant or its owner), or null when it is free.</summary>
    [Alias("holder"), ReadOnly]
    Task<Guid?> GetHolderAsync();
}
