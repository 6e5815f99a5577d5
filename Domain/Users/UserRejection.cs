namespace Keel.Domain.Users;

/// <summary>Why a user command was refused.</summary>
public abstract record UserRejection : IRejection
{
    private UserRejection() { }

    public abstract RejectionKind Kind { get; }

    public abstract string Detail { get; }

    /// <summary>Another account already uses this address. Its words name neither the address nor who holds it.</summary>
    public sealed record EmailTaken(EmailAddress Email) : UserRejection
    {
        public override RejectionKind Kind => RejectionKind.Conflict;

        public override string Detail => "This address is already registered.";
    }

    /// <summary>Nobody is registered under this id.</summary>
    public sealed record NotFound : UserRejection
    {
        public override RejectionKind Kind => RejectionKind.NotFound;

        public override string Detail => "Nobody is registered under this id.";
    }

    /// <summary>This id is registered with different details.</summary>
    public sealed record AlreadyRegistered(UserId Id) : UserRejection
    {
        public override RejectionKind Kind => RejectionKind.Conflict;

        public override string Detail => $"User {Id} is registered with other details.";
    }
}
