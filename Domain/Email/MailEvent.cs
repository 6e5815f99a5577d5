namespace Keel.Domain.Email;

public abstract record MailEvent
{
    private MailEvent() { }

    public sealed record Sent(string MessageId, Users.EmailAddress To, MailKind Kind, MailContent Content, DateTimeOffset SentAt) : MailEvent;
}
