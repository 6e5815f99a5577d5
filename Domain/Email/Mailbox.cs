using Keel.Domain.Users;

namespace Keel.Domain.Email;

/// <summary>The mails sent to one address, oldest first.</summary>
public sealed record Mailbox(IReadOnlyList<SentMail> Sent) : IState<Mailbox, MailEvent>
{
    public static Mailbox Initial { get; } = new([]);

    public bool HasSent(string messageId) => Sent.Any(m => m.MessageId == messageId);

    public static Mailbox Evolve(Mailbox state, MailEvent @event) => @event switch
    {
        MailEvent.Sent e => new Mailbox([.. state.Sent, new SentMail(e.MessageId, e.To, e.Kind, e.Content.Subject, e.SentAt)]),
        _ => state,
    };
}

/// <summary>One mail as the mailbox remembers it.</summary>
public sealed record SentMail(string MessageId, EmailAddress To, MailKind Kind, string Subject, DateTimeOffset SentAt);
