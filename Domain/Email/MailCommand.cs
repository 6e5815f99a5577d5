using Keel.Domain.Users;

namespace Keel.Domain.Email;

public abstract record MailCommand
{
    private MailCommand() { }

    /// <summary>Welcome a newly registered user.</summary>
    public sealed record SendWelcome(UserId User, EmailAddress To, PersonName Name, DateTimeOffset Now) : MailCommand;
}
