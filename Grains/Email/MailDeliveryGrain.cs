using Keel.Grains.Interfaces.Email;
using Orleans.Concurrency;

namespace Keel.Grains.Email;

/// <summary>
/// Sends welcome mails without activating the mailboxes they go to: a mailbox with no mail yet is decided on here; one
/// that has mail (a welcome delivered again, a second user of the address) by its own grain.
/// </summary>
[GrainType("keel.email.delivery")]
[StatelessWorker(maxLocalWorkers: DeliveryStreams.Buckets)] // one per delivery bucket: each delivers one event at a time
internal sealed class MailDeliveryGrain(AggregateServices keel, IMailSender sender) : MailboxAggregate(keel, sender), IMailDeliveryGrain
{
    public Task SendWelcomeAsync(string address, SendWelcomeMail command) => CreateAsync(
        GrainFactory.GetGrain<IMailboxGrain>(address), () => SendWelcomeHereAsync(command), mailbox => mailbox.SendWelcomeAsync(command));
}
