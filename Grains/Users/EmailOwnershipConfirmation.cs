using Keel.Domain.Users;
using Keel.Grains.Interfaces.Users;

namespace Keel.Grains.Users;

/// <summary>
/// A registration an earlier build recorded, without a confirmation code, makes its address claim final (at least once,
/// so a crash in between loses nothing), as that build promised. A registration with a code confirms nothing here:
/// its user confirms the address with the code of the welcome mail.
/// </summary>
[GrainType("keel.users.email-ownership-confirmation")]
[ImplicitStreamSubscription(UsersService.Name)]
internal sealed class EmailOwnershipConfirmation : SubscriptionGrain
{
    protected override Task HandleAsync(EventEnvelope envelope) => envelope.Event switch
    {
        UserEvent.Registered { Code: null } e => GrainFactory.GetGrain<IEmailOwnershipGrain>(e.Email.Canonical).ConfirmAsync(e.UserId.Value),
        _ => Task.CompletedTask,
    };
}
