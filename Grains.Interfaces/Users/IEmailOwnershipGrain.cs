namespace Keel.Grains.Interfaces.Users;

/// <summary>Who owns one e-mail address; keyed by the normalized address. Serializes competing claims.</summary>
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
}
