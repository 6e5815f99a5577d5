namespace Keel.Domain.Users;

/// <summary>What can be asked of a user account.</summary>
public abstract record UserCommand
{
    private UserCommand() { }

    /// <summary>
    /// Register the account; <paramref name="Now"/> comes from the host's clock, <paramref name="AddressOwner"/> is
    /// who holds the address's claim now (the address ownership decides it first).
    /// </summary>
    public sealed record Register(UserId Id, EmailAddress Email, PersonName Name, DateTimeOffset Now, UserId AddressOwner) : UserCommand;

    /// <summary>Change the user's display name.</summary>
    /// <param name="Name">The new display name, 1 to 200 characters.</param>
    public sealed record ChangeName(PersonName Name) : UserCommand;
}
