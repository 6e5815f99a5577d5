using Keel.Domain.Wallet;

namespace Keel.Grains.Interfaces.Wallet;

/// <summary>One game's pot, keyed by the game's id (its room's id).</summary>
[Alias("keel.wallet.IPotGrain")]
public interface IPotGrain : IGrainWithStringKey
{
    [Alias("open")]
    Task<PotView> OpenAsync(PotCommand.Open command);

    [Alias("stake")]
    Task<PotView> StakeAsync(PotCommand.Stake command);

    [Alias("unstake")]
    Task<PotView> UnstakeAsync(PotCommand.Unstake command);

    [Alias("seal")]
    Task<PotView> SealAsync(PotCommand.Seal command);

    [Alias("pay-out")]
    Task<PotView> PayOutAsync(PotCommand.PayOut command);

    [Alias("get"), ReadOnly]
    Task<PotView> GetAsync();
}
