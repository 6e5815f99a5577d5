namespace Keel.Grains.Interfaces.Wallet;

/// <summary>A wallet: what it can spend, and what it has set aside for games not yet over.</summary>
/// <param name="Owner">The player's id, or <c>~house</c>.</param>
/// <param name="Balance">What can be spent (a wallet never used shows its starting grant).</param>
/// <param name="Holds">What is set aside, by game id.</param>
[GenerateSerializer, Immutable, Alias("keel.wallet.wallet-view.v1")]
public sealed record WalletView(
    [property: Id(0)] string Owner,
    [property: Id(1)] int Balance,
    [property: Id(2)] IReadOnlyDictionary<string, int> Holds)
{
    public static WalletView Of(string owner, Domain.Wallet.Wallet state) => new(
        owner, state.Opened || owner == WalletService.House ? state.Balance : state.Balance + Domain.Wallet.Wallet.StartingGrant, state.Holds);
}
