namespace Keel.Domain.Mail;

public abstract record MailEvent
{
    private MailEvent() { }

    public sealed record Sent(string MessageId, Users.Email To, MailKind Kind, MailContent Content, DateTimeOffset SentAt) : MailEvent;
}
