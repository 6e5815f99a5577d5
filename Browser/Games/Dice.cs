namespace Keel.Browser.Games;

/// <summary>
/// The hot-seat page's entropy source, as the match grain's is on the server: the engine draws nothing, the page draws
/// the dice and sends them with the roll. Values given in the page's address (<c>?dice=2,2,1,3</c>) come first, in
/// order, then the browser's random numbers.
/// </summary>
public sealed class Dice(IEnumerable<int> scripted)
{
    private readonly Queue<int> _scripted = new(scripted);

    public (int First, int Second) Roll() => (Next(), Next());

    private int Next() => _scripted.TryDequeue(out var value) ? value : Random.Shared.Next(1, 7);
}
