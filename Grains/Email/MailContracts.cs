using Keel.Grains.Interfaces.Email;
using Keel.Grains.Interfaces;
using Keel.Domain.Email;
using Keel.Domain.Users;

namespace Keel.Grains.Email;

/// <summary>Maps the mailbox aggregate's domain values to and from their contract records.</summary>
internal static class MailContracts
{
    public static string KindName(MailKind kind) => kind.ToString().ToLowerInvariant();

    public static IEvent ToContract(MailEvent @event) => @event switch
    {
        MailEvent.Sent e => new MailSent(
            e.MessageId, e.To.Value, KindName(e.Kind), e.Content.Subject, e.Content.TextBody, e.SentAt),
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Unmapped mail event."),
    };

    public static MailMessage ToMessage(SentMail mail) =>
        new(mail.MessageId, mail.To.Value, mail.Subject, KindName(mail.Kind), mail.SentAt);

    public static MailboxSnapshot ToSnapshot(Mailbox state) => new([.. state.Sent.Select(ToMessage)]);

    public static Mailbox FromSnapshot(MailboxSnapshot snapshot) => new([.. snapshot.Sent.Select(m =>
        new SentMail(m.Id, EmailAddress.Parse(m.To), Enum.Parse<MailKind>(m.Kind, ignoreCase: true), m.Subject, m.SentAt))]);

    public static MailEvent FromContract(IEvent @event) => @event switch
    {
        MailSent e => new MailEvent.Sent(
            e.MessageId, EmailAddress.Parse(e.To), Enum.Parse<MailKind>(e.Kind, ignoreCase: true),
            new MailContent(e.Subject, e.TextBody), e.SentAt),
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Unmapped mail event."),
    };
}
