using Keel.Domain.Users;
using Keel.Grains.Interfaces.Users;

namespace Keel.Grains.Users;

[GrainType("keel.users.user")]
internal sealed class UserGrain(AggregateServices keel)
    : AggregateGrain<UserDecider, User, UserCommand, UserEvent, UserRejection>(keel), IUserGrain
{
    protected override string? StreamNamespace => UsersService.Name;

    private UserId Id => UserId.From(this.GetPrimaryKey());

    /// <summary>
    /// The address is claimed first, with a fresh confirmation code (its ownership decides who holds it), then the
    /// registration decides; its event carries the code to the welcome mail.
    /// </summary>
    public async Task<CommandResult<User.Registered>> RegisterAsync(RegisterUser command)
    {
        var code = ConfirmationCodes.Next();
        var owner = State is User.Unregistered
            ? UserId.From(await Ownership(command.Email).ClaimWithCodeAsync(Id.Value, code.Value))
            : Id;
        var decision = await ExecuteAsync(new UserCommand.Register(Id, command.Email, command.Name, Now, owner, code));
        return decision.ToResult(() => (User.Registered)State);
    }

    /// <summary>The user's part first (only a registered user confirms), then the address's ownership checks the code.</summary>
    public async Task<CommandResult<User.Registered>> ConfirmEmailAsync(UserCommand.ConfirmEmail command)
    {
        if (await ExecuteAsync(command) is Decision<UserEvent, UserRejection>.Rejected refused)
        {
            return CommandResult<User.Registered>.Reject(refused.Reason);
        }
        var user = (User.Registered)State;
        var confirmed = await Ownership(user.Email).ConfirmWithCodeAsync(Id.Value, command.Code.Value);
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

    public Task<User.Registered?> GetAsync() => Task.FromResult(State as User.Registered);

    private IEmailOwnershipGrain Ownership(EmailAddress address) => GrainFactory.GetGrain<IEmailOwnershipGrain>(address.Canonical);
}
