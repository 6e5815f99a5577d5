namespace Keel.Domain.Wallet;

/// <summary>What happened to a game's pot.</summary>
public abstract record PotEvent : IEvent
{
    private PotEvent() { }

    public sealed record Opened(int BuyIn, int Tax) : PotEvent;

    public sealed record Staked(string Player, int Amount) : PotEvent;

    public sealed record Unstaked(string Player) : PotEvent;

    /// <summary>The room filled up: its stakes are final.</summary>
    public sealed record Sealed : PotEvent;

    /// <summary>The match ended with <paramref name="Winner"/> first, before the pot was sealed.</summary>
    public sealed record Won(string Winner) : PotEvent;

    public sealed record PaidOut(string Winner, int Payout, int HouseTax) : PotEvent;
}
