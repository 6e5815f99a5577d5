using Keel.Domain.Lobby;

namespace Keel.Domain.Games;

/// <summary>Why a match refused a command.</summary>
public abstract record MatchRejection : IRejection
{
    private MatchRejection() { }

    public abstract RejectionKind Kind { get; }

    public abstract string Detail { get; }

    public virtual IReadOnlyDictionary<string, string[]>? Errors => null;

    public sealed record NotDealt : MatchRejection
    {
        public override RejectionKind Kind => RejectionKind.NotFound;

        public override string Detail => "This match has not been dealt.";
    }

    public sealed record AlreadyDealt : MatchRejection
    {
        public override RejectionKind Kind => RejectionKind.Conflict;

        public override string Detail => "This match has been dealt already.";
    }

    public sealed record GameOver(PlayerId Winner) : MatchRejection
    {
        public override RejectionKind Kind => RejectionKind.Conflict;

        public override string Detail => $"The match is over: {Winner} won.";
    }

    /// <summary>The player does not play in this match, or went out of it.</summary>
    public sealed record NotPlaying(PlayerId Player) : MatchRejection
    {
        public override RejectionKind Kind => RejectionKind.Conflict;

        public override string Detail => $"{Player} does not play in this match (any more).";
    }

    public sealed record NotYourTurn(PlayerId Current) : MatchRejection
    {
        public override RejectionKind Kind => RejectionKind.Conflict;

        public override string Detail => $"It is {Current}'s turn.";
    }

    /// <summary>A property is on offer: buy it or decline it first.</summary>
    public sealed record DecideFirst(int Square) : MatchRejection
    {
        public override RejectionKind Kind => RejectionKind.Conflict;

        public override string Detail => $"Square {Square} is on offer: buy it or decline it first.";
    }

    public sealed record NothingToBuy : MatchRejection
    {
        public override RejectionKind Kind => RejectionKind.Conflict;

        public override string Detail => "Nothing is on offer: roll first.";
    }

    public sealed record CannotAfford(int Price, int Cash) : MatchRejection
    {
        public override RejectionKind Kind => RejectionKind.Conflict;

        public override string Detail => $"The property costs {Price}; you have {Cash}.";
    }

    public sealed record BadDice(int First, int Second) : MatchRejection
    {
        public override RejectionKind Kind => RejectionKind.Invalid;

        public override string Detail => $"Dice show 1 to 6, not {First} and {Second}.";

        public override IReadOnlyDictionary<string, string[]> Errors =>
            new Dictionary<string, string[]> { ["dice"] = ["Each die shows 1 to 6."] };
    }
}
