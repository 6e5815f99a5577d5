using Keel.Grains.Interfaces.Email;
using Keel.Domain.Email;

namespace Keel.Grains.Email;

[GrainType("keel.email.mailbox")]
internal sealed class MailboxGrain(AggregateServices keel, IMailSender sender) : MailboxAggregate(keel, sender), IMailboxGrain
{
    public Task SendWelcomeAsync(SendWelcomeMail command) => SendWelcomeHereAsync(command);

    public async Task<IReadOnlyList<MailMessage>> GetMessagesAsync() => (await ReadStateAsync()).Sent;
}
