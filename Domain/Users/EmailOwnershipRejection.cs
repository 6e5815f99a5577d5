namespace Keel.Domain.Users;

/// <summary>Why an address could not be claimed or confirmed.</summary>
public abstract record EmailOwnershipRejection : IRejection
{
    private EmailOwnershipRejection() { }

    public abstract RejectionKind Kind { get; }

    public abstract string Detail { get; }

    public virtual IReadOnlyDictionary<string, string[]>? Errors => null;

    /// <summary>The address belongs to another user.</summary>
    public sealed record OwnedByAnother(UserId Owner) : EmailOwnershipRejection
    {
        public override RejectionKind Kind => RejectionKind.Conflict;

        public override string Detail => "The address belongs to another user.";
    }

    /// <summary>The code is not the one the claimant's welcome mail carried (or there is no claim to confirm).</summary>
    public sealed record WrongCode : EmailOwnershipRejection
    {
        public override RejectionKind Kind => RejectionKind.Invalid;

        public override string Detail => "This is not the code of the welcome mail.";

        public override IReadOnlyDictionary<string, string[]> Errors =>
            new Dictionary<string, string[]> { ["code"] = ["This is not the code of the welcome mail sent to the address."] };
    }
}
