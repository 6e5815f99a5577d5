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

    /// <summary>The welcome that proves control of the address: it carries the code that confirms it.</summary>
    public static MailContent Compose(PersonName name, UserId user, ConfirmationCode code) => new(
        $"Welcome to Keel, {name.Value}",
        $$"""
        Hello {{name.Value}},

        your Keel account is ready. To confirm that this address is yours, send this code:

            {{code.Value}}

        (POST /api/v1/users/{{user}}/email/confirm with {"code":"{{code.Value}}"}, signed in as
        yourself.) Until it is confirmed, the address is held for you for a while; after that,
        someone else may register it.

        If you did not register, ignore this mail: without the code, nobody can confirm the address.

        -- The Keel team
        """);

    /// <summary>One welcome per user: the id is derived from the user, so a repeat is recognisable everywhere.</summary>
    public static string MessageIdFor(UserId user) => $"welcome.{user}";
}
