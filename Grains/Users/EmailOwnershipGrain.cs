using Keel.Domain.Users;
using Keel.Grains.Interfaces.Users;
using Microsoft.Extensions.Options;

namespace Keel.Grains.Users;

[GrainType("keel.users.email-ownership")]
internal sealed class EmailOwnershipGrain(AggregateServices keel, IOptions<UsersOptions> options)
    : AggregateGrain<EmailOwnershipDecider, EmailOwnership, EmailOwnershipCommand, EmailOwnershipEvent, EmailOwnershipRejection>(keel),
        IEmailOwnershipGrain
{
    /// <summary>A registration claims the address in the same append as its user's event (<see cref="UserGrain"/>).</summary>
    protected override bool WrittenByOthers => true;

    public Task<Guid> ClaimAsync(Guid userId) => ClaimAsync(userId, ConfirmationCodes.Next());

    public Task<Guid> ClaimWithCodeAsync(Guid userId, string code) => ClaimAsync(userId, ConfirmationCode.Parse(code));

    public Task ConfirmAsync(Guid userId) => ExecuteAsync(new EmailOwnershipCommand.Confirm(UserId.From(userId)));

    public async Task<CommandResult<Guid>> ConfirmWithCodeAsync(Guid userId, string code) =>
        (await ExecuteAsync(new EmailOwnershipCommand.ConfirmWithCode(UserId.From(userId), ConfirmationCode.Parse(code)))).ToResult(() => userId);

    private async Task<Guid> ClaimAsync(Guid userId, ConfirmationCode code)
    {
        await ExecuteAsync(new EmailOwnershipCommand.Claim(UserId.From(userId), Now, options.Value.ClaimLease, code));
        return State.Holder!.Value.Value;
    }

    public async Task<Guid?> GetHolderAsync() => (await ReadStateAsync()).Holder?.Value;
}
