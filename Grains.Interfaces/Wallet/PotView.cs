using Keel.Domain.Wallet;

namespace Keel.Grains.Interfaces.Wallet;

/// <summary>A game's pot: the stakes held for it, and once paid out, who got what.</summary>
[GenerateSerializer, Immutable, Alias("keel.wallet.pot-view.v1")]
public sealed record PotView(
    [property: Id(0)] string GameId,
    [property: Id(1)] int BuyIn,
    [property: Id(2)] int Tax,
    [property: Id(3)] IReadOnlyDictionary<string, int> Stakes,
    [property: Id(4)] string? Winner,
    [property: Id(5)] int Payout,
    [property: Id(6)] int HouseTax)
{
    public static PotView Of(string gameId, Pot state) => state switch
    {
        Pot.Open o => new(gameId, o.BuyIn, o.Tax, o.Stakes, null, o.Payout, o.HouseTax),
        Pot.Paid p => new(gameId, 0, 0, p.Stakes, p.Winner, p.Payout, p.HouseTax),
        _ => new(gameId, 0, 0, new Dictionary<string, int>(), null, 0, 0),
    };
}
