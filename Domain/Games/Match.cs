using Keel.Domain.Lobby;

namespace Keel.Domain.Games;

/// <summary>
/// The state of one match of the board game: who is where with how much, who owns what, whose turn it is. Pure: the
/// dice come in with the commands, the timeouts as commands too.
/// </summary>
public abstract record Match : IState<Match, MatchEvent>, IAlarmed<MatchCommand>
{
    /// <summary>Turns a player may let run out; at the next they are knocked out.</summary>
    public const int MissesBeforeKnockout = 3;

    /// <summary>The time for a turn where the deal named none (a match dealt before turns had a time).</summary>
    public static readonly TimeSpan DefaultTurnTime = TimeSpan.FromSeconds(30);

    private Match() { }

    public static Match Initial { get; } = new NotDealt();

    /// <summary>While a match is played, the turn on play times out after the table's turn time.</summary>
    public virtual Alarm<MatchCommand>? Alarm => null;

    public sealed record NotDealt : Match;

    /// <summary>
    /// Being played: <paramref name="Players"/> in seat order, <paramref name="Owners"/> by square (null: the bank's),
    /// <paramref name="Current"/> the index of the player whose <paramref name="Turn"/> it is, <paramref name="Offer"/>
    /// the square they were offered, <paramref name="Out"/> who went out, in that order; a turn not played within
    /// <paramref name="TurnTime"/> is missed.
    /// </summary>
    public sealed record InPlay(
        IReadOnlyList<Contender> Players, IReadOnlyList<PlayerId?> Owners, int Turn, int Current, int? Offer, IReadOnlyList<PlayerId> Out,
        TimeSpan TurnTime) : Match
    {
        public override Alarm<MatchCommand> Alarm => new(TurnTime, new MatchCommand.TimeOut(Turn));

        public Contender Playing => Players[Current];

        public int IndexOf(PlayerId player)
        {
            for (var i = 0; i < Players.Count; i++)
            {
                if (Players[i].Player == player)
                {
                    return i;
                }
            }
            return -1;
        }

        /// <summary>The next player still in, after <paramref name="index"/> in seat order.</summary>
        public int NextAfter(int index)
        {
            for (var step = 1; step <= Players.Count; step++)
            {
                var next = (index + step) % Players.Count;
                if (!Players[next].IsOut)
                {
                    return next;
                }
            }
            return index;
        }

        public int StillIn => Players.Count(p => !p.IsOut);

        internal InPlay With(int index, Func<Contender, Contender> change) =>
            this with { Players = [.. Players.Select((p, i) => i == index ? change(p) : p)] };

        internal InPlay Pay(PlayerId player, int amount) => With(IndexOf(player), p => p with { Cash = p.Cash + amount });
    }

    /// <summary>
    /// Over: <paramref name="Ranks"/> from the winner to the first who went out; <paramref name="Players"/>,
    /// <paramref name="Owners"/> and <paramref name="Turn"/> as the last turn left them.
    /// </summary>
    public sealed record Finished(IReadOnlyList<PlayerId> Ranks, IReadOnlyList<Contender> Players, IReadOnlyList<PlayerId?> Owners, int Turn) : Match
    {
        public PlayerId Winner => Ranks[0];
    }

    public static Match Evolve(Match state, MatchEvent @event) => (state, @event) switch
    {
        (NotDealt, MatchEvent.Dealt e) => new InPlay(
            [.. e.Table.Seats.OrderBy(s => s.Seat).Select(s => new Contender(s.PlayerId, 0, e.StartingCash, 0, false))],
            [.. Board.Squares.Select(_ => (PlayerId?)null)], 1, 0, null, [], e.TurnTime > TimeSpan.Zero ? e.TurnTime : DefaultTurnTime),
        (InPlay s, MatchEvent.Moved e) => s.With(s.IndexOf(e.Player), p => p with { Position = e.To }),
        (InPlay s, MatchEvent.SalaryPaid e) => s.Pay(e.Player, e.Amount),
        (InPlay s, MatchEvent.Offered e) => s with { Offer = e.Square },
        (InPlay s, MatchEvent.Bought e) => s.Pay(e.Player, -e.Price) with
        {
            Owners = [.. s.Owners.Select((o, i) => i == e.Square ? e.Player : o)],
            Offer = null,
        },
        (InPlay s, MatchEvent.Declined) => s with { Offer = null },
        (InPlay s, MatchEvent.RentPaid e) => s.Pay(e.Payer, -e.Amount).Pay(e.Owner, e.Amount),
        (InPlay s, MatchEvent.TurnMissed e) => s.With(s.IndexOf(e.Player), p => p with { Misses = p.Misses + 1 }) with { Offer = null },
        (InPlay s, MatchEvent.KnockedOut e) => s.With(s.IndexOf(e.Player), p => p with { IsOut = true }) with
        {
            Owners = [.. s.Owners.Select(o => o == e.Player ? null : o)],
            Out = [.. s.Out, e.Player],
            Offer = s.Playing.Player == e.Player ? null : s.Offer,
        },
        (InPlay s, MatchEvent.TurnBegan e) => s with { Turn = e.Turn, Current = s.IndexOf(e.Player), Offer = null },
        (InPlay s, MatchEvent.Finished e) => new Finished([e.Winner, .. s.Out.Reverse()], s.Players, s.Owners, s.Turn),
        _ => state,
    };
}

/// <summary>One player in a match: the square they stand on, their cash, the turns they let run out, whether they are out.</summary>
public sealed record Contender(PlayerId Player, int Position, int Cash, int Misses, bool IsOut);
