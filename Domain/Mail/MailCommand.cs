using Keel.Domain.Users;

namespace Keel.Domain.Mail;

public abstract record MailCommand
{
    private MailCommand() { }

    /// <summary>Welcome a newly registered user.</summary>
    public sealed record SendWelcome(UserId User, Email To, PersonName Name, DateTimeOffset Now) : MailCommand;
}
