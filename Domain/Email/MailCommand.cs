using Keel.Domain.Users;

namespace Keel.Domain.Email;

public abstract record MailCommand
{
    private MailCommand() { }

    /// <summary>Welcome a newly registered user, with the code that confirms their address (null for a registration before codes).</summary>
    public sealed record SendWelcome(UserId User, EmailAddress To, PersonName Name, DateTimeOffset Now, ConfirmationCode? Code = null) : MailCommand;
}
