using Keel.Domain.Users;
using Keel.Grains.Interfaces.Users;
using Microsoft.Extensions.Options;

namespace Keel.Grains.Users;

[GrainType("keel.users.user")]
internal sealed class UserGrain(AggregateServices keel, IOptions<UsersOptions> options) : UserAggregate(keel, options), IUserGrain
{
    public Task<CommandResult<User.Registered>> RegisterAsync(RegisterUser command) => RegisterHereAsync(command);

    /// <summary>The user's part first (only a registered user confirms), then the address's ownership checks the code.</summary>
    public async Task<CommandResult<User.Registered>> ConfirmEmailAsync(UserCommand.ConfirmEmail command)
    {
        if (await ExecuteAsync(command) is Decision<UserEvent, UserRejection>.Rejected refused)
        {
            return CommandResult<User.Registered>.Reject(refused.Reason);
        }
        var user = (User.Registered)State;
        var confirmed = await OwnershipGrain(user.Email).ConfirmWithCodeAsync(Id.Value, command.Code.Value);
        return confirmed.Reason switch
        {
            null => CommandResult<User.Registered>.Accept(user),
            // The claim lapsed and another user registered the address meanwhile: it is taken, as a registration would hear.
            EmailOwnershipRejection.OwnedByAnother => CommandResult<User.Registered>.Reject(new UserRejection.EmailTaken(user.Email)),
            var reason => CommandResult<User.Registered>.Reject(reason),
        };
    }

    public async Task<CommandResult<User.Registered>> ChangeNameAsync(UserCommand.ChangeName command) =>
        (await ExecuteAsync(command)).ToResult(() => (User.Registered)State);

    public async Task<User.Registered?> GetAsync() => await ReadStateAsync() as User.Registered;
}
