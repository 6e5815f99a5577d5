using Keel.Domain.Users;

namespace Keel.Domain.Email;

/// <summary>Composes the mail a new user receives.</summary>
public static class WelcomeMail
{
    public static MailContent Compose(PersonName name) => new(
        $"Welcome to Keel, {name.Value}",
        $"""
        Hello {name.Value},

        your Keel account is ready. You can sign in with this address from now on.

        If you did not register, you can ignore this mail.

        -- The Keel team
        """);

    /// <summary>One welcome per user: the id is derived from the user, so a repeat is recognisable everywhere.</summary>
    public static string MessageIdFor(UserId user) => $"welcome.{user}";
}
