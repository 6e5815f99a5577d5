using Keel.Domain.Wallet;

namespace Keel.Grains.Interfaces.Wallet;

/// <summary>One wallet, keyed by its player's id (or <see cref="WalletService.House"/>). Only the money's process moves it.</summary>
[Alias("keel.wallet.IWalletGrain")]
public interface IWalletGrain : IGrainWithStringKey
{
    [Alias("hold")]
    Task<CommandResult<WalletView>> HoldAsync(WalletCommand.Hold command);

    [Alias("release")]
    Task<CommandResult<WalletView>> ReleaseAsync(WalletCommand.Release command);

    [Alias("settle")]
    Task<CommandResult<WalletView>> SettleAsync(WalletCommand.Settle command);

    [Alias("get"), ReadOnly]
    Task<WalletView> GetAsync();
}
