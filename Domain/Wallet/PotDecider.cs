namespace Keel.Domain.Wallet;

/// <summary>A pot's rules: opened once, a stake per player, paid out once; nothing is refused, a repeat changes nothing.</summary>
public sealed class PotDecider : IDecider<PotCommand, Pot, PotEvent, NoRejection>
{
    private PotDecider() { }

    public static Decision<PotEvent, NoRejection> Decide(PotCommand command, Pot state) => (command, state) switch
    {
        (PotCommand.Open c, Pot.Unopened) => Emit(new PotEvent.Opened(c.BuyIn, c.Tax)),
        (PotCommand.Stake c, Pot.Open o) when !o.Stakes.ContainsKey(c.Player) => Emit(new PotEvent.Staked(c.Player, c.Amount)),
        (PotCommand.Unstake c, Pot.Open o) when o.Stakes.ContainsKey(c.Player) => Emit(new PotEvent.Unstaked(c.Player)),
        (PotCommand.PayOut c, Pot.Open o) => Emit(new PotEvent.PaidOut(c.Winner, o.Payout, o.HouseTax)),
        _ => Decision<PotEvent, NoRejection>.Nothing,
    };

    private static Decision<PotEvent, NoRejection> Emit(PotEvent e) => Decision<PotEvent, NoRejection>.Emit(e);
}
