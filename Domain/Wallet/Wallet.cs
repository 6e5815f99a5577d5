namespace Keel.Domain.Wallet;

/// <summary>
/// One wallet: a player's (a starting grant on first sight) or the house's. <paramref name="Balance"/> is what can be
/// spent; <paramref name="Holds"/> is what is set aside, by game, until the game ends or the player leaves its room.
/// <paramref name="Settled"/> are the games this wallet has been settled for (each once).
/// </summary>
public sealed record Wallet(bool Opened, int Balance, IReadOnlyDictionary<string, int> Holds, IReadOnlyList<string> Settled)
    : IState<Wallet, WalletEvent>
{
    /// <summary>What a player's wallet holds when it is first used.</summary>
    public const int StartingGrant = 1_000;

    public static Wallet Initial { get; } = new(false, 0, new Dictionary<string, int>(), []);

    public int HeldFor(string game) => Holds.TryGetValue(game, out var amount) ? amount : 0;

    public static Wallet Evolve(Wallet state, WalletEvent happened) => happened switch
    {
        WalletEvent.Granted e => state with { Opened = true, Balance = state.Balance + e.Amount },
        WalletEvent.Held e => state with { Balance = state.Balance - e.Amount, Holds = With(state.Holds, e.Game, e.Amount) },
        WalletEvent.Released e => state with { Balance = state.Balance + e.Amount, Holds = Without(state.Holds, e.Game) },
        WalletEvent.Settled e => state with
        {
            Balance = state.Balance + e.Payout,
            Holds = Without(state.Holds, e.Game),
            Settled = [.. state.Settled, e.Game],
        },
        _ => state,
    };

    private static Dictionary<string, int> With(IReadOnlyDictionary<string, int> holds, string game, int amount) =>
        new(holds) { [game] = amount };

    private static Dictionary<string, int> Without(IReadOnlyDictionary<string, int> holds, string game)
    {
        var rest = new Dictionary<string, int>(holds);
        rest.Remove(game);
        return rest;
    }
}
