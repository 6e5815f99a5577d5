namespace Keel.Grains.Interfaces.Users;

/// <summary>Who owns one e-mail address; keyed by the normalized address. Serializes competing claims.</summary>
[Alias("keel.users.IEmailOwnershipGrain")]
public interface IEmailOwnershipGrain : IGrainWithStringKey
{
    /// <summary>Claims the address for <paramref name="userId"/> if it is free; returns the owner afterwards.</summary>
    [Alias("claim")]
    Task<Guid> ClaimAsync(Guid userId);

    /// <summary>
    /// Moves the address from <paramref name="abandonedOwner"/>, whose registration never completed, to
    /// <paramref name="userId"/>; returns the owner afterwards (unchanged if someone else owns it).
    /// </summary>
    [Alias("take-over")]
    Task<Guid> TakeOverAsync(Guid abandonedOwner, Guid userId);
}
