namespace Keel.Domain.Wallet;

/// <summary>Why a wallet refused a command.</summary>
public abstract record WalletRejection : IRejection
{
    private WalletRejection() { }

    public abstract RejectionKind Kind { get; }

    public abstract string Detail { get; }

    public sealed record InsufficientFunds(int Needed, int Balance) : WalletRejection
    {
        public override RejectionKind Kind => RejectionKind.Conflict;

        public override string Detail => $"The buy-in is {Needed}; the wallet holds {Balance}.";
    }

    public sealed record BadAmount(int Amount) : WalletRejection
    {
        public override RejectionKind Kind => RejectionKind.Invalid;

        public override string Detail => $"An amount of {Amount} cannot be held or paid.";
    }
}
