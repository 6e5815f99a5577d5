using Keel.Domain.Users;
using Keel.Grains.Interfaces.Users;
using Microsoft.Extensions.Options;

namespace Keel.Grains.Users;

[GrainType("keel.users.email-ownership")]
internal sealed class EmailOwnershipGrain(AggregateServices keel, IOptions<UsersOptions> options)
    : AggregateGrain<EmailOwnershipDecider, EmailOwnership, EmailOwnershipCommand, EmailOwnershipEvent, EmailOwnershipRejection>(keel),
        IEmailOwnershipGrain
{
    public async Task<Guid> ClaimAsync(Guid userId)
    {
        await ExecuteAsync(new EmailOwnershipCommand.Claim(UserId.From(userId), Now, options.Value.ClaimLease));
        return State.Holder!.Value.Value;
    }

    public Task ConfirmAsync(Guid userId) => ExecuteAsync(new EmailOwnershipCommand.Confirm(UserId.From(userId)));

    public Task<Guid?> GetHolderAsync() => Task.FromResult(State.Holder?.Value);
}
