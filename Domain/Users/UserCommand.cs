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
}
