using Keel.Domain.Users;
using Keel.Grains.Interfaces.Users;
using Microsoft.Extensions.Options;

namespace Keel.Grains.Users;

[GrainType("keel.users.user")]
internal sealed class UserGrain(AggregateServices keel, IOptions<UsersOptions> options)
    : AggregateGrain<UserDecider, User, UserCommand, UserEvent, UserRejection>(keel), IUserGrain
{
    protected override string? StreamNamespace => UsersService.Name;

    /// <summary>A user's id is minted by the request that registers them: the registration appends without reading first.</summary>
    protected override bool AssumesNewStream => true;

    private UserId Id => UserId.From(this.GetPrimaryKey());

    /// <summary>
    /// The address's claim, with a fresh confirmation code, and the registration decided on it commit in one append
    /// (both or neither): the log's unique versions let one claimant of an address win. The event carries the code
    /// to the welcome mail.
    /// </summary>
    public async Task<CommandResult<User.Registered>> RegisterAsync(RegisterUser command)
    {
        var code = ConfirmationCodes.Next();
        var now = Now;
        var decision = await ExecuteWithAsync(
            Ownership(command.Email),
            new EmailOwnershipCommand.Claim(Id, now, options.Value.ClaimLease, code),
            address => new UserCommand.Register(Id, command.Email, command.Name, now, address.Holder ?? Id, code));
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

    private IEmailOwnershipGrain OwnershipGrain(EmailAddress address) => GrainFactory.GetGrain<IEmailOwnershipGrain>(address.Canonical);

    private PartnerAggregate<EmailOwnershipDecider, EmailOwnership, EmailOwnershipCommand, EmailOwnershipEvent, EmailOwnershipRejection> Ownership(
        EmailAddress address) => new(OwnershipGrain(address));
}
