using Keel.Domain.Games;

namespace Keel.Browser.Games;

/// <summary>A match event as the page's list of moves shows it: its name (kebab-case, as the server's stream names it) and a sentence.</summary>
public static class MoveLog
{
    public static (string Event, string Text) Describe(MatchEvent e) => e switch
    {
        MatchEvent.Dealt d => ("dealt", $"Dealt to {d.Table.Count} players, {d.StartingCash} each"),
        MatchEvent.Moved m => ("moved", $"{m.Player} rolled {m.First} + {m.Second} to {Name(m.To)}"),
        MatchEvent.SalaryPaid s => ("salary-paid", $"{s.Player} passed the start: +{s.Amount}"),
        MatchEvent.Offered o => ("offered", $"{o.Player} may buy {Name(o.Square)} for {o.Price}"),
        MatchEvent.Bought b => ("bought", $"{b.Player} bought {Name(b.Square)} for {b.Price}"),
        MatchEvent.Declined d => ("declined", $"{d.Player} declined {Name(d.Square)}"),
        MatchEvent.RentPaid r => ("rent-paid", $"{r.Payer} paid {r.Amount} rent to {r.Owner}"),
        MatchEvent.TurnMissed t => ("turn-missed", $"{t.Player} missed the turn {t.Turn}"),
        MatchEvent.KnockedOut k => ("knocked-out", $"{k.Player} is out ({k.Reason.ToString().ToLowerInvariant()})"),
        MatchEvent.TurnBegan t => ("turn-began", $"Turn {t.Turn}: {t.Player}"),
        MatchEvent.Finished f => ("finished", $"{f.Winner} wins"),
        _ => (e.GetType().Name.ToLowerInvariant(), e.GetType().Name),
    };

    private static string Name(int square) => Board.Squares[square] switch
    {
        Square.Lot lot => lot.Name,
        Square.Start => "the start",
        _ => "a rest",
    };
}
