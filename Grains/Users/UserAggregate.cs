using Keel.Domain.Users;
using Keel.Grains.Interfaces.Users;
using Microsoft.Extensions.Options;

namespace Keel.Grains.Users;

/// <summary>
/// A user's aggregate and its registration, hosted by its own grain (<see cref="UserGrain"/>) and, for a registration,
/// by a stateless worker (<see cref="UserRegistrationGrain"/>) so that a new user costs no activation of its own.
/// </summary>
internal abstract class UserAggregate(AggregateServices keel, IOptions<UsersOptions> options)
    : AggregateGrain<UserDecider, User, UserCommand, UserEvent, UserRejection>(keel)
{
    protected override string? StreamNamespace => UsersService.Name;

    /// <summary>A user's id is minted by the request that registers them: the registration appends without reading first.</summary>
    protected override bool AssumesNewStream => true;

    protected override bool CreatedOnWorkers => true;

    protected UserId Id => UserId.From(AggregateId.GetGuidKey());

    /// <summary>
    /// The address's claim, with a fresh confirmation code, and the registration decided on it commit in one append
    /// (both or neither): the log's unique versions let one claimant of an address win. The event carries the code
    /// to the welcome mail.
    /// </summary>
    protected async Task<CommandResult<User.Registered>> RegisterHereAsync(RegisterUser command)
    {
        var code = ConfirmationCodes.Next();
        var now = Now;
        var decision = await ExecuteWithAsync(
            Ownership(command.Email),
            new EmailOwnershipCommand.Claim(Id, now, options.Value.ClaimLease, code),
            address => new UserCommand.Register(Id, command.Email, command.Name, now, address.Holder ?? Id, code));
        return decision.ToResult(() => (User.Registered)State);
    }

    protected IEmailOwnershipGrain OwnershipGrain(EmailAddress address) => GrainFactory.GetGrain<IEmailOwnershipGrain>(address.Canonical);

    private PartnerAggregate<EmailOwnershipDecider, EmailOwnership, EmailOwnershipCommand, EmailOwnershipEvent, EmailOwnershipRejection> Ownership(
        EmailAddress address) => new(OwnershipGrain(address));
}
