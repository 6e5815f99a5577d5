namespace Keel.Domain.Users;

/// <summary>Why a user command was refused.</summary>
public abstract record UserRejection
{
    private UserRejection() { }

    /// <summary>Another account already uses this address.</summary>
    public sealed record EmailTaken(EmailAddress Email) : UserRejection;

    /// <summary>This id is registered with different details.</summary>
    public sealed record AlreadyRegistered(UserId Id) : UserRejection;
}
