namespace Keel.Contracts.Users;

/// <summary>Who owns one e-mail address; keyed by the normalized address. Serializes competing claims.</summary>
[Alias("keel.users.IEmailOwnershipGrain")]
public interface IEmailOwnershipGrain : IGrainWithStringKey
{
    /// <summary>Claims the address for <paramref name="userId"/> if it is free; returns the owner afterwards.</summary>
    [Alias("claim")]
    Task<Guid> ClaimAsync(Guid userId);
}
