namespace Keel.Domain.Email;

public abstract record MailEvent : IEvent
{
    private MailEvent() { }

    [WireName("keel.email.mail-sent.v1")]
    public sealed record Sent(string MessageId, Users.EmailAddress To, MailKind Kind, string Subject, string TextBody, DateTimeOffset SentAt) : MailEvent;
}
