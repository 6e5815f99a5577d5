using Keel.Domain;
using Keel.Domain.Games;
using Keel.Domain.Lobby;

namespace Keel.Browser.Games;

/// <summary>What the hot-seat page shows and sends: the match's state, its moves as sentences, the buttons' commands.</summary>
public sealed partial class HotSeat
{
    private static readonly string[] Colours = ["#d9534f", "#0275d8", "#3c9a3c", "#e08a00"];
    private readonly List<(string Event, string Text)> _log = [];
    private LocalAggregate<MatchDecider, MatchCommand, Match, MatchEvent, MatchRejection>? _match;
    private Dice _dice = new([]);
    private string _players = "";
    private int _turnSeconds = PageAddress.DefaultTurnSeconds;
    private string? _error;

    private string Status => _match?.State switch
    {
        null => "setting up",
        Match.InPlay => "playing",
        Match.Finished => "finished",
        _ => "dealing",
    };

    private IReadOnlyList<Contender> Contenders => _match?.State switch
    {
        Match.InPlay s => s.Players,
        Match.Finished f => f.Players,
        _ => [],
    };

    private IReadOnlyList<PlayerId?> Owners => _match?.State switch
    {
        Match.InPlay s => s.Owners,
        Match.Finished f => f.Owners,
        _ => [],
    };

    private PlayerId? Playing => (_match?.State as Match.InPlay)?.Playing.Player;

    private bool CanRoll => _match?.State is Match.InPlay { Offer: null };

    private bool CanAnswer => _match?.State is Match.InPlay { Offer: not null };

    private string Centre => _match?.State is Match.Finished f ? $"{f.Winner} wins" : "Keel";

    protected override void OnInitialized()
    {
        var address = PageAddress.Parse(new Uri(Navigation.Uri));
        (_players, _turnSeconds, _dice) = (address.Players, address.TurnSeconds, new Dice(address.Dice));
    }

    private void Start()
    {
        var names = _players.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ids = names.Select(n => PlayerId.TryParse(n, out var id) ? id : null).ToList();
        _error = names.Length is < 2 or > 4 ? "Two to four players, separated by commas."
            : ids.Any(id => id is null) ? "A player's name is 1 to 64 letters, digits, '-', '_' or '.'."
            : ids.Distinct().Count() != ids.Count ? "Each player once."
            : _turnSeconds is < 1 or > 3600 ? "A turn takes 1 to 3600 seconds."
            : null;
        if (_error is not null)
        {
            return;
        }
        _match = new(TimeProvider.System);
        _match.Recorded += OnRecorded;
        var table = new Table([.. ids.Select((id, i) => new TakenSeat(i + 1, id!))]);
        Send(new MatchCommand.Deal(table, Board.StartingCash, TimeSpan.FromSeconds(_turnSeconds)));
    }

    private void Roll()
    {
        var (first, second) = _dice.Roll();
        Send(new MatchCommand.Roll(Playing!, first, second));
    }

    private void Send(MatchCommand command) =>
        _error = _match!.Send(command) is Decision<MatchEvent, MatchRejection>.Rejected rejected ? rejected.Reason.Detail : null;

    private void Again()
    {
        Dispose();
        (_match, _error) = (null, null);
        _log.Clear();
    }

    /// <summary>Also called by the turn's alarm, outside a button's handler: the page renders again then too.</summary>
    private void OnRecorded(IReadOnlyList<MatchEvent> events)
    {
        _log.AddRange(events.Select(MoveLog.Describe));
        _ = InvokeAsync(StateHasChanged);
    }

    public void Dispose() => _match?.Dispose();

    private string Colour(PlayerId? player) =>
        Colours[Math.Max(0, Contenders.Select(c => c.Player).ToList().IndexOf(player!)) % Colours.Length];

    private static Square.Lot Lot(int square) => (Square.Lot)Board.Squares[square];

    private static string Kind(Square square) => square switch { Square.Start => "start", Square.Rest => "rest", _ => "lot" };

    private static string Label(Square square) => square switch { Square.Start => "Start", Square.Rest => "Rest", Square.Lot l => l.Name, _ => "" };

    /// <summary>The square's cell on the 5 × 5 board: the ring runs clockwise from the top-left corner.</summary>
    private static (int X, int Y) Cell(int square) => square switch
    {
        <= 4 => (square, 0),
        <= 8 => (4, square - 4),
        <= 12 => (12 - square, 4),
        _ => (0, 16 - square),
    };
}
