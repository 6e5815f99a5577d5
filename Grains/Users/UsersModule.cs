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
    /// <summary>How long a registration that did not complete (a crash) holds its address before another may claim it.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromSeconds(30);
}
