using Keel.Grains.Interfaces.Email;
using Keel.Domain.Users;
using Keel.Grains.Interfaces.Users;

namespace Keel.Grains.Email;

/// <summary>The Email service's reaction to new users: one welcome mail each, carrying the code that confirms the address.</summary>
[GrainType("keel.email.welcome-subscription")]
[ImplicitStreamSubscription(UsersService.Name)]
internal sealed class WelcomeMailSubscription : SubscriptionGrain
{
    protected override Task HandleAsync(EventEnvelope envelope) => envelope.Event switch
    {
        UserEvent.Registered e => GrainFactory.GetGrain<IMailDeliveryGrain>(0).SendWelcomeAsync(e.Email.Canonical,
            new SendWelcomeMail(e.UserId.Value, e.Name.Value, e.Email.Value, e.Code?.Value)),
        _ => Task.CompletedTask,
    };
}
