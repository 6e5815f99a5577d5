namespace Keel.Domain.Users;

/// <summary>Why an address could not be claimed.</summary>
public abstract record EmailOwnershipRejection : IRejection
{
    private EmailOwnershipRejection() { }

    public abstract RejectionKind Kind { get; }

    public abstract string Detail { get; }

    /// <summary>The address belongs to another user.</summary>
    public sealed record OwnedByAnother(UserId Owner) : EmailOwnershipRejection
    {
        public override RejectionKind Kind => RejectionKind.Conflict;

        public override string Detail => "The address belongs to another user.";
    }
}
