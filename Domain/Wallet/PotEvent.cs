namespace Keel.Domain.Wallet;

/// <summary>What happened to a game's pot.</summary>
public abstract record PotEvent : IEvent
{
    private PotEvent() { }

    public sealed record Opened(int BuyIn, int Tax) : PotEvent;

    public sealed record Staked(string Player, int Amount) : PotEvent;

    public sealed record Unstaked(string Player) : PotEvent;

    public sealed record PaidOut(string Winner, int Payout, int HouseTax) : PotEvent;
}
