using Keel.Domain.Users;

namespace Keel.Domain.Email;

/// <summary>The mails sent to one address, oldest first.</summary>
[WireName("keel.email.mailbox-snapshot.v1")]
public sealed record Mailbox(IReadOnlyList<MailMessage> Sent) : IState<Mailbox, MailEvent>
{
    public static Mailbox Initial { get; } = new([]);

    public bool HasSent(string messageId) => Sent.Any(m => m.Id == messageId);

    public static Mailbox Evolve(Mailbox state, MailEvent @event) => @event switch
    {
        MailEvent.Sent e => new Mailbox([.. state.Sent, new MailMessage(e.MessageId, e.To, e.Subject, e.Kind, e.SentAt)]),
        _ => state,
    };
}

/// <summary>A mail Keel has sent, as the mailbox remembers it.</summary>
/// <param name="Id">The message id; stable, so a mail is never sent twice under two ids.</param>
/// <param name="To">The recipient's address.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Kind">Why it was sent, for example <c>welcome</c>.</param>
/// <param name="SentAt">When it was handed to the mail transport (UTC).</param>
[WireName("keel.email.mail-message.v1")]
public sealed record MailMessage(string Id, EmailAddress To, string Subject, MailKind Kind, DateTimeOffset SentAt);
