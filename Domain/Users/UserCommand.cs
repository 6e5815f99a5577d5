namespace Keel.Domain.Users;

/// <summary>What can be asked of a user account.</summary>
public abstract record UserCommand
{
    private UserCommand() { }

    /// <summary>
    /// Register the account; <paramref name="Now"/> comes from the host's clock, <paramref name="AddressOwner"/> is
    /// who holds the address's claim now (the address ownership decides it first), <paramref name="Code"/> what the
    /// claim is confirmed with, for the welcome mail to carry.
    /// </summary>
    public sealed record Register(
        UserId Id, EmailAddress Email, PersonName Name, DateTimeOffset Now, UserId AddressOwner, ConfirmationCode? Code = null) : UserCommand;

    /// <summary>Change the user's display name.</summary>
    /// <param name="Name">The new display name, 1 to 200 characters.</param>
    public sealed record ChangeName(PersonName Name) : UserCommand;

    /// <summary>Prove control of the registered address (the address's ownership checks the code).</summary>
    /// <param name="Code">The confirmation code of the welcome mail: 26 letters and digits (case does not matter).</param>
    public sealed record ConfirmEmail(ConfirmationCode Code) : UserCommand;
}
