using Keel.Domain.Wallet;

namespace Keel.Domain.Tests;

/// <summary>A wallet's and a pot's rules (issue 19, item 3), given / when / then: money moves once per game.</summary>
public class WalletDeciderTests
{
    private const string Game = "friends-abc123";

    private static DeciderSpec<WalletDecider, WalletCommand, Wallet.Wallet, WalletEvent, WalletRejection> Spec() => new();

    private static DeciderSpec<PotDecider, PotCommand, Pot, PotEvent, NoRejection> PotSpec() => new();

    private static readonly WalletEvent[] Holding = [new WalletEvent.Granted(Wallet.Wallet.StartingGrant), new WalletEvent.Held(Game, 100)];

    [Fact]
    public void AFirstHoldOpensTheWalletWithItsGrantAndASecondForTheSameGameChangesNothing()
    {
        Spec().When(new WalletCommand.Hold(Game, 100)).Then(new WalletEvent.Granted(1_000), new WalletEvent.Held(Game, 100));
        Spec().Given(Holding).When(new WalletCommand.Hold(Game, 100)).Then();
        Spec().Given(Holding).When(new WalletCommand.Hold("global-2", 50)).Then(new WalletEvent.Held("global-2", 50));
    }

    [Fact]
    public void AHoldBeyondTheBalanceOrOfNothingIsRefused()
    {
        Spec().When(new WalletCommand.Hold(Game, 1_001)).ThenRejected(new WalletRejection.InsufficientFunds(1_001, 1_000));
        Spec().Given(Holding).When(new WalletCommand.Hold("global-2", 901)).ThenRejected(new WalletRejection.InsufficientFunds(901, 900));
        Spec().When(new WalletCommand.Hold(Game, 0)).ThenRejected(new WalletRejection.BadAmount(0));
    }

    [Fact]
    public void AReleaseGivesTheHoldBackOnce()
    {
        Spec().Given(Holding).When(new WalletCommand.Release(Game)).Then(new WalletEvent.Released(Game, 100));
        Spec().Given([.. Holding, new WalletEvent.Released(Game, 100)]).When(new WalletCommand.Release(Game)).Then();
        Spec().When(new WalletCommand.Release(Game)).Then();
    }

    [Fact]
    public void AGameIsSettledOnceSpendingItsHoldAndPayingThePayout()
    {
        Spec().Given(Holding).When(new WalletCommand.Settle(Game, 190)).Then(new WalletEvent.Settled(Game, 100, 190));
        Spec().Given([.. Holding, new WalletEvent.Settled(Game, 100, 190)]).When(new WalletCommand.Settle(Game, 190)).Then();
        // The house holds nothing and is paid its tax; a settled game's hold cannot be made again.
        Spec().When(new WalletCommand.Settle(Game, 10)).Then(new WalletEvent.Settled(Game, 0, 10));
        Spec().Given([.. Holding, new WalletEvent.Settled(Game, 100, 0)]).When(new WalletCommand.Hold(Game, 100)).Then();
        WalletEvent[] settled = [.. Holding, new WalletEvent.Settled(Game, 100, 190)];
        var after = settled.Aggregate(Wallet.Wallet.Initial, Wallet.Wallet.Evolve);
        Assert.Equal((1_090, 0), (after.Balance, after.Holds.Count));
    }

    [Fact]
    public void APotCountsWhatWasHeldLessTheTaxOnEachStakeAndPaysOutOnce()
    {
        PotEvent[] sealedTwo = [new PotEvent.Opened(100, 5), new PotEvent.Staked("ada", 100), new PotEvent.Staked("bob", 100), new PotEvent.Sealed()];
        PotSpec().Given(sealedTwo).When(new PotCommand.PayOut("bob")).Then(new PotEvent.PaidOut("bob", 190, 10));
        PotSpec().Given([.. sealedTwo, new PotEvent.PaidOut("bob", 190, 10)]).When(new PotCommand.PayOut("bob")).Then();
        PotSpec().Given([new PotEvent.Opened(100, 5), new PotEvent.Staked("ada", 100), new PotEvent.Staked("bob", 100), new PotEvent.Unstaked("ada"), new PotEvent.Sealed()])
            .When(new PotCommand.PayOut("bob")).Then(new PotEvent.PaidOut("bob", 95, 5));
        PotSpec().Given(sealedTwo).When(new PotCommand.Stake("cy", 100)).Then(); // sealed: no stake comes any more
        PotSpec().When(new PotCommand.PayOut("bob")).Then(); // a match without a room's money pays nothing
    }

    [Fact]
    public void APotWhoseMatchEndsBeforeItsRoomsFillUpIsHandledPaysOutWhenSealed()
    {
        PotEvent[] staked = [new PotEvent.Opened(100, 5), new PotEvent.Staked("ada", 100), new PotEvent.Staked("bob", 100)];
        PotSpec().Given(staked).When(new PotCommand.PayOut("bob")).Then(new PotEvent.Won("bob"));
        PotSpec().Given([.. staked, new PotEvent.Won("bob")]).When(new PotCommand.Seal()).Then(new PotEvent.Sealed(), new PotEvent.PaidOut("bob", 190, 10));
    }
}
