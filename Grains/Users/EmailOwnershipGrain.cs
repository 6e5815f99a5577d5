using Keel.Grains.Interfaces.Users;
using Keel.Domain;
using Keel.Domain.Users;
using Keel.Grains.EventLog;
using Keel.Grains.Messaging;
using Keel.Grains.Placement;

namespace Keel.Grains.Users;

[KeelService(UsersService.Name)]
[GrainType("keel.users.email-ownership")]
internal sealed class EmailOwnershipGrain(
    IEventLog log,
    TimeProvider clock)
    : AggregateGrain<EmailOwnershipDecider, EmailOwnership, EmailOwnershipCommand, EmailOwnershipEvent, EmailOwnershipRejection>(log, clock),
        IEmailOwnershipGrain
{
    /// <summary>
    /// Only a fresh claim releases the activation. Competing claims queue up behind it; if every one of them
    /// deactivated too, the queue would be forwarded from activation to activation until Orleans gives up.
    /// </summary>
    protected override bool DeactivateAfter(Decision<EmailOwnershipEvent, EmailOwnershipRejection> decision) =>
        decision is Decision<EmailOwnershipEvent, EmailOwnershipRejection>.Accepted { Events.Count: > 0 };

    public Task<Guid> ClaimAsync(Guid userId) =>
        OwnerAfterAsync(new EmailOwnershipCommand.Claim(UserId.From(userId)), userId);

    public Task<Guid> TakeOverAsync(Guid abandonedOwner, Guid userId) =>
        OwnerAfterAsync(new EmailOwnershipCommand.TakeOver(UserId.From(abandonedOwner), UserId.From(userId)), userId);

    private async Task<Guid> OwnerAfterAsync(EmailOwnershipCommand command, Guid userId)
    {
        var decision = await ExecuteAsync(command);
        return decision is Decision<EmailOwnershipEvent, EmailOwnershipRejection>.Rejected
        {
            Reason: EmailOwnershipRejection.OwnedByAnother other,
        }
            ? other.Owner.Value
            : userId;
    }
}
