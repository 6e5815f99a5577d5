using Keel.Domain.Wallet;
using Keel.Grains.Interfaces.Wallet;

namespace Keel.Grains.Wallet;

/// <summary>One game's pot.</summary>
[GrainType("keel.wallet.pot")]
internal sealed class PotGrain(AggregateServices keel) : AggregateGrain<PotDecider, Pot, PotCommand, PotEvent, NoRejection>(keel), IPotGrain
{
    public Task<PotView> OpenAsync(PotCommand.Open command) => RunAsync(command);

    public Task<PotView> StakeAsync(PotCommand.Stake command) => RunAsync(command);

    public Task<PotView> UnstakeAsync(PotCommand.Unstake command) => RunAsync(command);

    public Task<PotView> PayOutAsync(PotCommand.PayOut command) => RunAsync(command);

    public Task<PotView> GetAsync() => Task.FromResult(PotView.Of(StreamKey, State));

    private async Task<PotView> RunAsync(PotCommand command)
    {
        await ExecuteAsync(command);
        return PotView.Of(StreamKey, State);
    }
}
