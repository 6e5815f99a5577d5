namespace Keel.Domain.Wallet;

/// <summary>
/// The money of one game (keyed by its room): the room's stakes, what each seated player actually holds for it, and
/// once the game is over, who won what. The pot is what was held, less the house's tax on each stake. It pays out
/// only when it is sealed (the room filled up: every seat's hold is in) and its winner is known, in either order.
/// </summary>
public abstract record Pot : IState<Pot, PotEvent>
{
    private Pot() { }

    public static Pot Initial { get; } = new Unopened();

    public sealed record Unopened : Pot;

    /// <param name="BuyIn">The room's buy-in.</param>
    /// <param name="Tax">The house's share of each buy-in.</param>
    /// <param name="Stakes">What each seated player holds for this game.</param>
    /// <param name="Sealed">The room filled up: no stake comes or goes any more.</param>
    /// <param name="Winner">Who won, once the match is over (the pot pays out when it is also sealed).</param>
    public sealed record Open(int BuyIn, int Tax, IReadOnlyDictionary<string, int> Stakes, bool Sealed, string? Winner) : Pot
    {
        public int Payout => Stakes.Values.Sum() - HouseTax;

        public int HouseTax => Stakes.Values.Sum(stake => Math.Min(Tax, stake));
    }

    /// <summary>Paid out: <paramref name="Winner"/> got <paramref name="Payout"/>, the house <paramref name="HouseTax"/>.</summary>
    public sealed record Paid(IReadOnlyDictionary<string, int> Stakes, string Winner, int Payout, int HouseTax) : Pot;

    public static Pot Evolve(Pot state, PotEvent happened) => (state, happened) switch
    {
        (Unopened, PotEvent.Opened e) => new Open(e.BuyIn, e.Tax, new Dictionary<string, int>(), false, null),
        (Open o, PotEvent.Staked e) => o with { Stakes = new Dictionary<string, int>(o.Stakes) { [e.Player] = e.Amount } },
        (Open o, PotEvent.Unstaked e) => o with { Stakes = o.Stakes.Where(s => s.Key != e.Player).ToDictionary() },
        (Open o, PotEvent.Sealed) => o with { Sealed = true },
        (Open o, PotEvent.Won e) => o with { Winner = e.Winner },
        (Open o, PotEvent.PaidOut e) => new Paid(o.Stakes, e.Winner, e.Payout, e.HouseTax),
        _ => state,
    };
}
