using Keel.Domain.Users;
using Keel.Grains.Interfaces.Users;

namespace Keel.Grains.Users;

/// <summary>
/// The Users service: accounts, and the ownership of their addresses (keyed by the address in lower case, as earlier
/// builds' mixed-case keys are moved to); settings under <c>Keel:Users</c>.
/// </summary>
internal sealed class UsersModule() : KeelModule<UsersOptions>(UsersService.Name, "Keel:Users")
{
    public override IReadOnlyList<CanonicalKeys> CanonicalKeys => [new(typeof(EmailOwnershipGrain), EmailAddress.CanonicalKey)];
}

public sealed class UsersOptions
{
    /// <summary>
    /// How long a registration holds its address unconfirmed: its user confirms it with the code of the welcome mail
    /// within this time, or someone else may register the address (and confirm it). 24 hours by default.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromHours(24);
}
