using Keel.Domain.Users;
using Keel.Grains.Interfaces.Users;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace Keel.Grains.Users;

/// <summary>
/// Registers new users without activating their grains: it decides on the initial state and appends; a user whose
/// stream exists (a repeated registration) is registered by their own grain.
/// </summary>
[GrainType("keel.users.registration")]
[StatelessWorker(maxLocalWorkers: Workers)]
internal sealed class UserRegistrationGrain(AggregateServices keel, IOptions<UsersOptions> options)
    : UserAggregate(keel, options), IUserRegistrationGrain
{
    /// <summary>
    /// Registrations one silo runs at once: a worker runs one at a time while its append waits for its batch, so there
    /// are as many as the registrations a silo has in flight (Orleans releases idle ones).
    /// </summary>
    private const int Workers = 512;

    public Task<CommandResult<User.Registered>> RegisterAsync(Guid userId, RegisterUser command) => CreateAsync(
        GrainFactory.GetGrain<IUserGrain>(userId),
        () => RegisterHereAsync(command),
        user => user.RegisterAsync(command));
}
