namespace Keel.Domain.Email;

/// <summary>Decides what to send. A command seen before sends nothing, so re-delivered events never mail twice.</summary>
public sealed class MailDecider : IDecider<MailCommand, Mailbox, MailEvent, NoRejection>
{
    private MailDecider() { }

    public static Decision<MailEvent, NoRejection> Decide(MailCommand command, Mailbox state) => command switch
    {
        MailCommand.SendWelcome c when state.HasSent(WelcomeMail.MessageIdFor(c.User)) => Decision<MailEvent, NoRejection>.Nothing,
        MailCommand.SendWelcome c => Welcome(c, c.Code is { } code ? WelcomeMail.Compose(c.Name, c.User, code) : WelcomeMail.Compose(c.Name)),
        _ => throw new InvalidOperationException($"Unhandled {command.GetType().Name}."),
    };

    private static Decision<MailEvent, NoRejection> Welcome(MailCommand.SendWelcome command, MailContent content) =>
        Decision<MailEvent, NoRejection>.Emit(new MailEvent.Sent(
            WelcomeMail.MessageIdFor(command.User), command.To, MailKind.Welcome, content.Subject, content.TextBody, command.Now));
}
