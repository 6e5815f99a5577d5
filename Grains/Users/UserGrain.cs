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
    public async Task<CommandResult<UserView>> RegisterAsync(RegisterUser command)
    {
        var owner = State is User.Unregistered
            ? UserId.From(await GrainFactory.GetGrain<IEmailOwnershipGrain>(command.Email.Value).ClaimAsync(Id.Value))
            : Id;
        var decision = await ExecuteAsync(new UserCommand.Register(Id, command.Email, command.Name, Now, owner));
        return decision.ToResult(() => View(State)!);
    }

    public async Task<CommandResult<UserView>> ChangeNameAsync(UserCommand.ChangeName command) =>
        (await ExecuteAsync(command)).ToResult(() => View(State)!);

    public Task<UserView?> GetAsync() => Task.FromResult(View(State));

    private static UserView? View(User state) => state is User.Registered r
        ? new UserView(r.Id.Value, r.Email.Value, r.Name.Value, r.RegisteredAt)
        : null;
}
