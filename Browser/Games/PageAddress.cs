namespace Keel.Browser.Games;

/// <summary>
/// The hot-seat page's settings from its address: <c>players</c> (names in seat order, comma-separated), <c>turn</c>
/// (seconds a turn may take before it is missed) and <c>dice</c> (values drawn first, see <see cref="Dice"/>).
/// </summary>
public sealed record PageAddress(string Players, int TurnSeconds, IReadOnlyList<int> Dice)
{
    public const int DefaultTurnSeconds = 30;

    public static PageAddress Parse(Uri address)
    {
        var query = address.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .GroupBy(pair => Uri.UnescapeDataString(pair[0]), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Length > 1 ? Uri.UnescapeDataString(g.Last()[1].Replace('+', ' ')) : "", StringComparer.Ordinal);
        var players = query.GetValueOrDefault("players") is { Length: > 0 } names ? names : "Ada,Bob";
        var turn = int.TryParse(query.GetValueOrDefault("turn"), out var seconds) && seconds is > 0 and <= 3600 ? seconds : DefaultTurnSeconds;
        var dice = (query.GetValueOrDefault("dice") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => int.TryParse(v, out var die) ? die : 0).Where(die => die is >= 1 and <= 6).ToList();
        return new PageAddress(players, turn, dice);
    }
}
