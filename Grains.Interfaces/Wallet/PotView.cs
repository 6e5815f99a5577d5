using Keel.Domain.Wallet;

namespace Keel.Grains.Interfaces.Wallet;

/// <summary>A game's pot: the stakes held for it, and once paid out, who got what.</summary>
/// <param name="GameId">The game's id (its room's).</param>
/// <param name="BuyIn">The room's buy-in.</param>
/// <param name="Tax">The house's share of each buy-in.</param>
/// <param name="Stakes">What each seated player holds for the game.</param>
/// <param name="Winner">Who won the match, once it is over.</param>
/// <param name="HouseTax">What the house gets.</param>
/// <param name="Payout">What the winner gets (is paid, once <paramref name="PaidOut"/>): the stakes less the house's tax.</param>
/// <param name="PaidOut">Whether the pot has been paid out (it waits for both the room's fill-up and the match's end).</param>
[GenerateSerializer, Immutable, Alias("keel.wallet.pot-view.v1")]
public sealed record PotView(
    [property: Id(0)] string GameId,
    [property: Id(1)] int BuyIn,
    [property: Id(2)] int Tax,
    [property: Id(3)] IReadOnlyDictionary<string, int> Stakes,
    [property: Id(4)] string? Winner,
    [property: Id(5)] int Payout,
    [property: Id(6)] int HouseTax,
    [property: Id(7)] bool PaidOut)
{
    public static PotView Of(string gameId, Pot state) => state switch
    {
        Pot.Open o => new(gameId, o.BuyIn, o.Tax, o.Stakes, o.Winner, o.Payout, o.HouseTax, false),
        Pot.Paid p => new(gameId, 0, 0, p.Stakes, p.Winner, p.Payout, p.HouseTax, true),
        _ => new(gameId, 0, 0, new Dictionary<string, int>(), null, 0, 0, false),
    };
}
