using Keel.Domain.Lobby;

namespace Keel.Domain.Games;

/// <summary>What happened in a match.</summary>
public abstract record MatchEvent : IEvent
{
    private MatchEvent() { }

    /// <summary>
    /// The match began: every player of <paramref name="Table"/> on the start with <paramref name="StartingCash"/>; the
    /// first seat plays turn 1; each turn has <paramref name="TurnTime"/>.
    /// </summary>
    public sealed record Dealt(Table Table, int StartingCash, TimeSpan TurnTime) : MatchEvent;

    public sealed record Moved(PlayerId Player, int First, int Second, int To) : MatchEvent;

    public sealed record SalaryPaid(PlayerId Player, int Amount) : MatchEvent;

    /// <summary>A free property: <paramref name="Player"/> may buy it or decline.</summary>
    public sealed record Offered(PlayerId Player, int Square, int Price) : MatchEvent;

    public sealed record Bought(PlayerId Player, int Square, int Price) : MatchEvent;

    public sealed record Declined(PlayerId Player, int Square) : MatchEvent;

    /// <summary><paramref name="Payer"/> paid <paramref name="Amount"/> to <paramref name="Owner"/> (all they had, when they could not pay the rent).</summary>
    public sealed record RentPaid(PlayerId Payer, PlayerId Owner, int Square, int Amount) : MatchEvent;

    /// <summary><paramref name="Player"/> let <paramref name="Turn"/> run out.</summary>
    public sealed record TurnMissed(PlayerId Player, int Turn) : MatchEvent;

    /// <summary><paramref name="Player"/> is out of the match; their properties go back to the bank.</summary>
    public sealed record KnockedOut(PlayerId Player, KnockOut Reason) : MatchEvent;

    /// <summary><paramref name="Player"/> plays <paramref name="Turn"/>.</summary>
    public sealed record TurnBegan(PlayerId Player, int Turn) : MatchEvent;

    /// <summary>One player is left: <paramref name="Winner"/>; the others rank in the reverse order they went out.</summary>
    public sealed record Finished(PlayerId Winner) : MatchEvent;
}

/// <summary>Why a player went out of a match.</summary>
public enum KnockOut
{
    /// <summary>They could not pay a rent.</summary>
    Bankrupt = 1,

    Resigned = 2,

    /// <summary>They let <see cref="Match.MissesBeforeKnockout"/> turns run out.</summary>
    TimedOut = 3,
}
