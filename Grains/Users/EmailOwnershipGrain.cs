using Keel.Domain;
using Keel.Domain.Users;
using Keel.Grains.Interfaces.Users;
using Keel.Grains.Messaging;
using Keel.Grains.Placement;
using Microsoft.Extensions.Options;

namespace Keel.Grains.Users;

[KeelService(UsersService.Name)]
[GrainType("keel.users.email-ownership")]
internal sealed class EmailOwnershipGrain(AggregateServices keel, IOptions<UsersOptions> options)
    : AggregateGrain<EmailOwnershipDecider, EmailOwnership, EmailOwnershipCommand, EmailOwnershipEvent, EmailOwnershipRejection>(keel),
        IEmailOwnershipGrain
{
    /// <summary>
    /// Only a change releases the activation. Competing claims queue up behind it; if every one of them deactivated
    /// too, the queue would be forwarded from activation to activation until Orleans gives up.
    /// </summary>
    protected override bool DeactivateAfter(Decision<EmailOwnershipEvent, EmailOwnershipRejection> decision) =>
        decision is Decision<EmailOwnershipEvent, EmailOwnershipRejection>.Accepted { Events.Count: > 0 };

    public async Task<Guid> ClaimAsync(Guid userId) =>
        await ExecuteAsync(new EmailOwnershipCommand.Claim(UserId.From(userId), Now, options.Value.ClaimLease)) switch
        {
            Decision<EmailOwnershipEvent, EmailOwnershipRejection>.Rejected { Reason: EmailOwnershipRejection.OwnedByAnother other } => other.Owner.Value,
            _ => userId,
        };

    public Task<Guid> TakeOverAsync(Guid abandonedOwner, Guid userId) => ClaimAsync(userId);

    public Task ConfirmAsync(Guid userId) => ExecuteAsync(new EmailOwnershipCommand.Confirm(UserId.From(userId)));
}
