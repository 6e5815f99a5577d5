using Keel.Domain.Users;
using Keel.Grains.Interfaces.Users;

namespace Keel.Grains.Users;

[GrainType("keel.users.user")]
internal sealed class UserGrain(AggregateServices keel)
    : AggregateGrain<UserDecider, User, UserCommand, UserEvent, UserRejection>(keel), IUserGrain
{
    protected override string? StreamNamespace => UsersService.Name;

    private UserId Id => UserId.From(this.GetPrimaryKey());

    /// <summary>The address is claimed first (its ownership decides who holds it), then the registration decides.</summary>
    public async Task<CommandResult<User.Registered>> RegisterAsync(RegisterUser command)
    {
        var owner = State is User.Unregistered
            ? UserId.From(await GrainFactory.GetGrain<IEmailOwnershipGrain>(command.Email.Canonical).ClaimAsync(Id.Value))
            : Id;
        var decision = await ExecuteAsync(new UserCommand.Register(Id, command.Email, command.Name, Now, owner));
        return decision.ToResult(() => (User.Registered)State);
    }

    public async Task<CommandResult<User.Registered>> ChangeNameAsync(UserCommand.ChangeName command) =>
        (await ExecuteAsync(command)).ToResult(() => (User.Registered)State);

    public Task<User.Registered?> GetAsync() => Task.FromResult(State as User.Registered);
}
