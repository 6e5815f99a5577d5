using Keel.Domain.Wallet;
using Keel.Grains.Interfaces.Wallet;

namespace Keel.Grains.Wallet;

/// <summary>One game's pot.</summary>
[GrainType("keel.wallet.pot")]
internal sealed class PotGrain(AggregateServices keel) : AggregateGrain<PotDecider, Pot, PotCommand, PotEvent, NoRejection>(keel), IPotGrain
{
    /// <summary>Pots' events are delivered too: the game's statistics read what they paid out.</summary>
    protected override string? StreamNamespace => WalletService.Name;

    /// <summary>A pot is moved several times in a row while its room fills and its game ends: its activation stays until it is paid out.</summary>
    protected override bool DeactivateAfter(Decision<PotEvent, NoRejection> decision) => State is Pot.Paid;

    public Task<PotView> OpenAsync(PotCommand.Open command) => RunAsync(command);

    public Task<PotView> StakeAsync(PotCommand.Stake command) => RunAsync(command);

    public Task<PotView> UnstakeAsync(PotCommand.Unstake command) => RunAsync(command);

    public Task<PotView> SealAsync(PotCommand.Seal command) => RunAsync(command);

    public Task<PotView> PayOutAsync(PotCommand.PayOut command) => RunAsync(command);

    public Task<PotView> GetAsync() => Task.FromResult(PotView.Of(StreamKey, State));

    private async Task<PotView> RunAsync(PotCommand command)
    {
        await ExecuteAsync(command);
        return PotView.Of(StreamKey, State);
    }
}
