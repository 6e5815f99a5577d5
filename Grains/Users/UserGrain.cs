using Keel.Contracts;
using Keel.Contracts.Messaging;
using Keel.Contracts.Users;
using Keel.Domain.Common;
using Keel.Domain.Users;
using Keel.Grains.Messaging;
using Keel.Grains.Placement;

namespace Keel.Grains.Users;

[KeelService(KeelNames.Services.Users)]
[GrainType("keel.users.user")]
internal sealed class UserGrain(
    [PersistentState("user", KeelNames.Storage)] IPersistentState<AggregateRecord> store,
    TimeProvider clock)
    : AggregateGrain<User, UserCommand, UserEvent, UserRejection>(store, clock), IUserGrain
{
    protected override User Initial => User.Initial;

    protected override string? StreamNamespace => KeelNames.Services.Users;

    protected override User Evolve(User state, UserEvent @event) => User.Evolve(state, @event);

    protected override Decision<UserEvent, UserRejection> Decide(UserCommand command, User state) =>
        UserDecider.Decide(command, state);

    protected override IEvent ToContract(UserEvent @event) => UserContracts.ToContract(@event);

    protected override UserEvent FromContract(IEvent @event) => UserContracts.FromContract(@event);

    public async Task<CommandResult<UserView>> RegisterAsync(RegisterUser command)
    {
        if (!UserInput.TryParse(command, out var email, out var name, out var errors))
        {
            return CommandResult<UserView>.Reject(Rejection.Invalid(errors));
        }
        var id = UserId.From(this.GetPrimaryKey());
        if (State is User.Unregistered)
        {
            var owner = await GrainFactory.GetGrain<IEmailOwnershipGrain>(email.Value).ClaimAsync(id.Value);
            if (owner != id.Value)
            {
                return CommandResult<UserView>.Reject(UserContracts.ToRejection(new UserRejection.EmailTaken(email)));
            }
        }
        var decision = await ExecuteAsync(new UserCommand.Register(id, email, name, Now));
        return decision.ToResult(UserContracts.ToRejection, () => UserContracts.ToView(State)!);
    }

    public Task<UserView?> GetAsync() => Task.FromResult(UserContracts.ToView(State));
}
