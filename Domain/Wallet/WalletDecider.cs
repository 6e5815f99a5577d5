namespace Keel.Domain.Wallet;

/// <summary>
/// A wallet's rules. Money only moves between a balance and its holds, or in at a settlement: a hold for a game is made
/// once, released or settled once; a game is settled once. A player's wallet starts with <see cref="Wallet.StartingGrant"/>.
/// </summary>
public sealed class WalletDecider : IDecider<WalletCommand, Wallet, WalletEvent, WalletRejection>
{
    private WalletDecider() { }

    public static Decision<WalletEvent, WalletRejection> Decide(WalletCommand command, Wallet state) => command switch
    {
        WalletCommand.Hold { Amount: <= 0 } c => Reject(new WalletRejection.BadAmount(c.Amount)),
        WalletCommand.Hold c when state.Holds.ContainsKey(c.Game) || state.Settled.Contains(c.Game) => Nothing,
        WalletCommand.Hold c => Hold(state, c),
        WalletCommand.Release c => state.HeldFor(c.Game) is > 0 and var held ? Emit(new WalletEvent.Released(c.Game, held)) : Nothing,
        WalletCommand.Settle { Payout: < 0 } c => Reject(new WalletRejection.BadAmount(c.Payout)),
        WalletCommand.Settle c when state.Settled.Contains(c.Game) => Nothing,
        WalletCommand.Settle c => Emit(new WalletEvent.Settled(c.Game, state.HeldFor(c.Game), c.Payout)),
        _ => throw new InvalidOperationException($"Unhandled {command.GetType().Name}."),
    };

    private static Decision<WalletEvent, WalletRejection> Hold(Wallet state, WalletCommand.Hold c)
    {
        var balance = state.Balance + (state.Opened ? 0 : Wallet.StartingGrant);
        if (balance < c.Amount)
        {
            return Reject(new WalletRejection.InsufficientFunds(c.Amount, balance));
        }
        WalletEvent held = new WalletEvent.Held(c.Game, c.Amount);
        return state.Opened ? Emit(held) : Emit(new WalletEvent.Granted(Wallet.StartingGrant), held);
    }

    private static Decision<WalletEvent, WalletRejection> Nothing => Decision<WalletEvent, WalletRejection>.Nothing;

    private static Decision<WalletEvent, WalletRejection> Emit(params WalletEvent[] events) => Decision<WalletEvent, WalletRejection>.Emit(events);

    private static Decision<WalletEvent, WalletRejection> Reject(WalletRejection reason) => Decision<WalletEvent, WalletRejection>.Reject(reason);
}
