namespace Keel.Grains.Interfaces.Users;

/// <summary>Who owns one e-mail address; keyed by the address's canonical form (lower case). Serializes competing claims.</summary>
[Alias("keel.users.IEmailOwnershipGrain")]
public interface IEmailOwnershipGrain : IGrainWithStringKey
{
    /// <summary>
    /// Claims the address for <paramref name="userId"/> if it is free or its claim has lapsed; returns who holds it
    /// afterwards.
    /// </summary>
    [Alias("claim")]
    Task<Guid> ClaimAsync(Guid userId);

    /// <summary><paramref name="userId"/>'s registration is recorded: its claim is final.</summary>
    [Alias("confirm")]
    Task ConfirmAsync(Guid userId);

    /// <summary>Who holds the address now (its claimant or its owner), or null when it is free.</summary>
    [Alias("holder"), ReadOnly]
    Task<Guid?> GetHolderAsync();
}
