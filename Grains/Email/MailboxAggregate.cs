using Keel.Grains.Interfaces.Email;
using Keel.Domain.Email;
using Keel.Domain.Users;

namespace Keel.Grains.Email;

/// <summary>
/// One address's mailbox and its welcome mail, hosted by its own grain (<see cref="MailboxGrain"/>) and, for a mailbox
/// that has no mail yet, by a stateless worker (<see cref="MailDeliveryGrain"/>) so that a new mailbox costs no
/// activation of its own.
/// </summary>
internal abstract class MailboxAggregate(AggregateServices keel, IMailSender sender)
    : AggregateGrain<MailDecider, Mailbox, MailCommand, MailEvent, NoRejection>(keel)
{
    protected override bool CreatedOnWorkers => true;

    /// <summary>Hands the mail over before recording it: a crash in between sends it again under the same id.</summary>
    protected override async Task BeforeRecordAsync(IReadOnlyList<MailEvent> events)
    {
        foreach (var sent in events.OfType<MailEvent.Sent>())
        {
            await sender.SendAsync(new OutgoingMail(
                sent.MessageId, sent.To.Value, sent.Subject, sent.TextBody, sent.SentAt));
        }
    }

    protected async Task SendWelcomeHereAsync(SendWelcomeMail command)
    {
        var key = StreamKey;
        var to = EmailAddress.Parse(command.To ?? key);
        if (to.Canonical != EmailAddress.CanonicalKey(key))
        {
            throw new ArgumentException("A welcome mail goes to the mailbox's own address (in any case).", nameof(command));
        }
        var code = command.Code is { } text ? ConfirmationCode.Parse(text) : null;
        await ExecuteAsync(new MailCommand.SendWelcome(UserId.From(command.UserId), to, PersonName.Parse(command.Name), Now, code));
    }
}
