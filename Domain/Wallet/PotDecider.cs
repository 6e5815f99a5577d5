namespace Keel.Domain.Wallet;

/// <summary>
/// A pot's rules: opened once, a stake per player until it is sealed, paid out once — when it is sealed and its winner
/// known, whichever comes last. Nothing is refused; a repeat changes nothing.
/// </summary>
public sealed class PotDecider : IDecider<PotCommand, Pot, PotEvent, NoRejection>
{
    private PotDecider() { }

    public static Decision<PotEvent, NoRejection> Decide(PotCommand command, Pot state) => (command, state) switch
    {
        (PotCommand.Open c, Pot.Unopened) => Emit(new PotEvent.Opened(c.BuyIn, c.Tax)),
        (PotCommand.Stake c, Pot.Open { Sealed: false } o) when !o.Stakes.ContainsKey(c.Player) => Emit(new PotEvent.Staked(c.Player, c.Amount)),
        (PotCommand.Unstake c, Pot.Open { Sealed: false } o) when o.Stakes.ContainsKey(c.Player) => Emit(new PotEvent.Unstaked(c.Player)),
        (PotCommand.Seal, Pot.Open { Sealed: false } o) => o.Winner is { } winner
            ? Emit(new PotEvent.Sealed(), PaidOut(o, winner))
            : Emit(new PotEvent.Sealed()),
        (PotCommand.PayOut c, Pot.Open { Sealed: true } o) => Emit(PaidOut(o, c.Winner)),
        (PotCommand.PayOut c, Pot.Open { Winner: null }) => Emit(new PotEvent.Won(c.Winner)),
        _ => Decision<PotEvent, NoRejection>.Nothing,
    };

    private static PotEvent.PaidOut PaidOut(Pot.Open pot, string winner) => new PotEvent.PaidOut(winner, pot.Payout, pot.HouseTax);

    private static Decision<PotEvent, NoRejection> Emit(params PotEvent[] events) => Decision<PotEvent, NoRejection>.Emit(events);
}
