using Keel.Grains.Interfaces;
using Keel.Grains.Interfaces.Users;
using Keel.Domain.Users;
using Keel.Grains.EventLog;
using Keel.Grains.Messaging;
using Keel.Grains.Placement;

namespace Keel.Grains.Users;

[KeelService(UsersService.Name)]
[GrainType("keel.users.user")]
internal sealed class UserGrain(
    IEventLog log,
    TimeProvider clock)
    : AggregateGrain<UserDecider, User, UserCommand, UserEvent, UserRejection>(log, clock), IUserGrain
{
    protected override string? StreamNamespace => UsersService.Name;

    public async Task<CommandResult<UserView>> RegisterAsync(RegisterUser command)
    {
        if (!UserInput.TryParse(command, out var email, out var name, out var errors))
        {
            return CommandResult<UserView>.Reject(Rejection.Invalid(errors));
        }
        var id = UserId.From(this.GetPrimaryKey());
        if (State is User.Unregistered && !await ClaimAsync(email, id))
        {
            return CommandResult<UserView>.Reject(new UserRejection.EmailTaken(email));
        }
        var decision = await ExecuteAsync(new UserCommand.Register(id, email, name, Now));
        return decision.ToResult(() => UserContracts.ToView(State)!);
    }

    public Task<UserView?> GetAsync() => Task.FromResult(UserContracts.ToView(State));

    /// <summary>
    /// Claims the address. An owner that is not registered is the remains of a registration that claimed the address
    /// and then failed (a crash, a time-out); asking it waits behind any registration still running there, because
    /// grains take one call at a time. Such an address is taken over instead of being blocked for good.
    /// </summary>
    private async Task<bool> ClaimAsync(EmailAddress email, UserId id)
    {
        var ownership = GrainFactory.GetGrain<IEmailOwnershipGrain>(email.Value);
        var owner = await ownership.ClaimAsync(id.Value);
        if (owner == id.Value)
        {
            return true;
        }
        if (await GrainFactory.GetGrain<IUserGrain>(owner).GetAsync() is not null)
        {
            return false;
        }
        return await ownership.TakeOverAsync(owner, id.Value) == id.Value;
    }
}
