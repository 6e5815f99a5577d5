namespace Keel.Grains.Interfaces.Wallet;

/// <summary>The Wallet service: players' money and each game's pot. Its name is also its stream namespace.</summary>
public static class WalletService
{
    public const string Name = "wallet";

    /// <summary>The key of the house's wallet (a player's wallet is keyed by the player's id, which never starts with '~').</summary>
    public const string House = "~house";
}
