using Keel.Domain.Wallet;
using Keel.Grains.Interfaces.Wallet;

namespace Keel.Grains.Wallet;

/// <summary>One wallet. Its events stay private: only the money's process reads them, through the grain.</summary>
[GrainType("keel.wallet.wallet")]
internal sealed class WalletGrain(AggregateServices keel)
    : AggregateGrain<WalletDecider, Domain.Wallet.Wallet, WalletCommand, WalletEvent, WalletRejection>(keel), IWalletGrain
{
    /// <summary>A wallet is moved by every game its player sits down to: its activation stays (until the idle collection).</summary>
    protected override bool DeactivateAfter(Decision<WalletEvent, WalletRejection> decision) => false;

    public Task<CommandResult<WalletView>> HoldAsync(WalletCommand.Hold command) => RunAsync(command);

    public Task<CommandResult<WalletView>> ReleaseAsync(WalletCommand.Release command) => RunAsync(command);

    public Task<CommandResult<WalletView>> SettleAsync(WalletCommand.Settle command) => RunAsync(command);

    public Task<WalletView> GetAsync() => Task.FromResult(WalletView.Of(StreamKey, State));

    private async Task<CommandResult<WalletView>> RunAsync(WalletCommand command) =>
        (await ExecuteAsync(command)).ToResult(() => WalletView.Of(StreamKey, State));
}
