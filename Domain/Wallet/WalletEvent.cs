namespace Keel.Domain.Wallet;

/// <summary>What happened to a wallet's money.</summary>
public abstract record WalletEvent : IEvent
{
    private WalletEvent() { }

    /// <summary>A player's wallet was used for the first time and got the starting grant.</summary>
    public sealed record Granted(int Amount) : WalletEvent;

    /// <summary><paramref name="Amount"/> is set aside for <paramref name="Game"/> (its room's buy-in).</summary>
    public sealed record Held(string Game, int Amount) : WalletEvent;

    /// <summary>The hold for <paramref name="Game"/> went back to the balance (the player left the room before it filled).</summary>
    public sealed record Released(string Game, int Amount) : WalletEvent;

    /// <summary>
    /// <paramref name="Game"/> ended: its hold of <paramref name="Spent"/> went into the pot, and <paramref name="Payout"/>
    /// (the winner's pot, or the house's tax; 0 for the others) came in.
    /// </summary>
    public sealed record Settled(string Game, int Spent, int Payout) : WalletEvent;
}
