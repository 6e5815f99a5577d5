using Keel.Domain.Games;
using Keel.Domain.Lobby;
using Keel.Domain.Wallet;
using Keel.Grains.Interfaces.Wallet;

namespace Keel.Grains.Wallet;

/// <summary>
/// How money moves as rooms fill and games end, step by step through the wallets and the pot. Every step is an
/// aggregate's command that records the event it was caused by, so a redelivery — after a crash between two steps,
/// or a plain repeat — re-runs the steps already done as no-ops and finishes the rest: each moves money once.
/// </summary>
internal sealed class MoneyProcess(MoneyProcess.IGrains grains)
{
    /// <summary>A room was opened: its pot, with the room's stakes.</summary>
    public Task OpenedAsync(RoomEvent.Created e) => Pot(e.RoomId.Value).OpenAsync(new PotCommand.Open(e.BuyIn, e.Tax));

    /// <summary>A player sat down: their wallet holds the buy-in, and the pot counts what was held.</summary>
    public async Task JoinedAsync(RoomEvent.PlayerJoined e)
    {
        var game = e.RoomId.Value;
        var pot = await Pot(game).GetAsync();
        var held = await Wallet(e.PlayerId.Value).HoldAsync(new WalletCommand.Hold(game, pot.BuyIn));
        if (held.Value?.Holds.GetValueOrDefault(game) is > 0 and var amount)
        {
            await Pot(game).StakeAsync(new PotCommand.Stake(e.PlayerId.Value, amount));
        }
        // A wallet that cannot pay seats its player without a stake: the pot pays out only what was held.
    }

    /// <summary>A player left before the room filled: the hold goes back, and out of the pot.</summary>
    public async Task LeftAsync(RoomEvent.PlayerLeft e)
    {
        await Wallet(e.PlayerId.Value).ReleaseAsync(new WalletCommand.Release(e.RoomId.Value));
        await Pot(e.RoomId.Value).UnstakeAsync(new PotCommand.Unstake(e.PlayerId.Value));
    }

    /// <summary>A room filled up: its pot is sealed, and paid out if its match has already ended.</summary>
    public async Task FilledUpAsync(RoomEvent.FilledUp e) => await SettleAsync(await Pot(e.RoomId.Value).SealAsync(new PotCommand.Seal()));

    /// <summary>A match ended: its pot is paid out once it is sealed (now, or when the room's fill-up is handled).</summary>
    public async Task FinishedAsync(string game, MatchEvent.Finished e) => await SettleAsync(await Pot(game).PayOutAsync(new PotCommand.PayOut(e.Winner.Value)));

    /// <summary>A paid-out pot: each stake is spent, the winner and the house are paid; each wallet once per game.</summary>
    private async Task SettleAsync(PotView pot)
    {
        if (!pot.PaidOut || pot.Winner is not { } winner)
        {
            return; // not paid out yet (or no pot: a match dealt without a room's money)
        }
        var players = pot.Stakes.Keys.Append(winner).Distinct(StringComparer.Ordinal);
        await Task.WhenAll(players.Select(player =>
            Wallet(player).SettleAsync(new WalletCommand.Settle(pot.GameId, player == winner ? pot.Payout : 0))));
        await Wallet(WalletService.House).SettleAsync(new WalletCommand.Settle(pot.GameId, pot.HouseTax));
    }

    private IPotGrain Pot(string game) => grains.Pot(game);

    private IWalletGrain Wallet(string owner) => grains.Wallet(owner);

    /// <summary>The aggregates the process moves money through (a test may stop it between two of them).</summary>
    internal interface IGrains
    {
        IPotGrain Pot(string game);

        IWalletGrain Wallet(string owner);
    }

    internal sealed class Grains(IGrainFactory factory) : IGrains
    {
        public IPotGrain Pot(string game) => factory.GetGrain<IPotGrain>(game);

        public IWalletGrain Wallet(string owner) => factory.GetGrain<IWalletGrain>(owner);
    }
}
