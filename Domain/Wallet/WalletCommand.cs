namespace Keel.Domain.Wallet;

/// <summary>What the money's process asks of a wallet; each names its game, and happens once per game.</summary>
public abstract record WalletCommand
{
    private WalletCommand() { }

    /// <summary>Set <paramref name="Amount"/> aside for <paramref name="Game"/>; a player's first hold opens the wallet with its grant.</summary>
    public sealed record Hold(string Game, int Amount) : WalletCommand;

    /// <summary>Give the hold for <paramref name="Game"/> back (nothing when there is none).</summary>
    public sealed record Release(string Game) : WalletCommand;

    /// <summary><paramref name="Game"/> ended: its hold is spent, and <paramref name="Payout"/> is paid in.</summary>
    public sealed record Settle(string Game, int Payout) : WalletCommand;
}
