using Keel.Domain.Users;

namespace Keel.Grains.Interfaces.Users;

/// <summary>
/// Registers users without activating their grains (a stateless worker on every silo of the Users service; any key will
/// do; Keel calls it with 0): what <see cref="IUserGrain.RegisterAsync"/> does, for the user
/// <c>userId</c>.
/// </summary>
[Alias("keel.users.IUserRegistrationGrain")]
public interface IUserRegistrationGrain : IGrainWithIntegerKey
{
    [Alias("register")]
    Task<CommandResult<User.Registered>> RegisterAsync(Guid userId, RegisterUser command);
}
