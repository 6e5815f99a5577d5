using Keel.Domain.Users;
using Keel.Grains.Interfaces.Users;

namespace Keel.Grains.Users;

/// <summary>A recorded registration makes its address claim final (at least once, so a crash in between loses nothing).</summary>
[GrainType("keel.users.email-ownership-confirmation")]
[ImplicitStreamSubscription(UsersService.Name)]
internal sealed class EmailOwnershipConfirmation : SubscriptionGrain
{
    protected override Task HandleAsync(EventEnvelope envelope) => envelope.Event switch
    {
        UserEvent.Registered e => GrainFactory.GetGrain<IEmailOwnershipGrain>(e.Email.Canonical).ConfirmAsync(e.UserId.Value),
        _ => Task.CompletedTask,
    };
}
