using Keel.Domain.Lobby;

namespace Keel.Domain.Games;

/// <summary>
/// The rules of the board game. Players take turns in seat order. A turn is a roll of two dice: passing the start
/// pays the salary; a free property is offered (buy it or decline); another's property charges its rent, and a
/// player who cannot pay it gives all they have and is out; a rest or one's own property ends the turn. A player may
/// resign at any time. A turn that times out is missed; the <see cref="Match.MissesBeforeKnockout"/>th miss knocks the
/// player out. The last player in wins.
/// </summary>
public sealed class MatchDecider : IDecider<MatchCommand, Match, MatchEvent, MatchRejection>
{
    private MatchDecider() { }

    public static Decision<MatchEvent, MatchRejection> Decide(MatchCommand command, Match state) => (command, state) switch
    {
        (MatchCommand.Deal c, Match.NotDealt) => Emit(
            new MatchEvent.Dealt(c.Table, c.StartingCash, c.TurnTime), new MatchEvent.TurnBegan(c.Table.Seats.MinBy(s => s.Seat)!.PlayerId, 1)),
        (MatchCommand.Deal, _) => Reject(new MatchRejection.AlreadyDealt()),
        (_, Match.NotDealt) => Reject(new MatchRejection.NotDealt()),
        (MatchCommand.TimeOut, Match.Finished) => Nothing,
        (_, Match.Finished f) => Reject(new MatchRejection.GameOver(f.Winner)),
        (MatchCommand.TimeOut c, Match.InPlay s) => c.Turn == s.Turn ? TimedOut(s) : Nothing,
        (MatchCommand.Resign c, Match.InPlay s) => Playing(s, c.Player) ?? Emit(Out(s, c.Player, KnockOut.Resigned)),
        (MatchCommand.Roll c, Match.InPlay s) => OnTurn(s, c.Player) ?? Roll(s, c),
        (MatchCommand.Buy c, Match.InPlay s) => OnTurn(s, c.Player, offerPending: true) ?? Buy(s, c.Player),
        (MatchCommand.Decline c, Match.InPlay s) => OnTurn(s, c.Player, offerPending: true)
            ?? Emit([new MatchEvent.Declined(c.Player, s.Offer!.Value), .. NextTurn(s)]),
        _ => throw new InvalidOperationException($"Unhandled {command.GetType().Name} in {state.GetType().Name}."),
    };

    private static Decision<MatchEvent, MatchRejection> Nothing => Decision<MatchEvent, MatchRejection>.Nothing;

    private static Decision<MatchEvent, MatchRejection> Emit(params MatchEvent[] events) => Decision<MatchEvent, MatchRejection>.Emit(events);

    private static Decision<MatchEvent, MatchRejection> Reject(MatchRejection reason) => Decision<MatchEvent, MatchRejection>.Reject(reason);

    /// <summary>A rejection unless <paramref name="player"/> is still in the match.</summary>
    private static Decision<MatchEvent, MatchRejection>? Playing(Match.InPlay s, PlayerId player) =>
        s.IndexOf(player) is var index && (index < 0 || s.Players[index].IsOut) ? Reject(new MatchRejection.NotPlaying(player)) : null;

    /// <summary>A rejection unless it is <paramref name="player"/>'s turn, and an offer is (or is not) what they answer.</summary>
    private static Decision<MatchEvent, MatchRejection>? OnTurn(Match.InPlay s, PlayerId player, bool offerPending = false) =>
        Playing(s, player) ?? (s.Playing.Player != player ? Reject(new MatchRejection.NotYourTurn(s.Playing.Player))
            : s.Offer is { } square && !offerPending ? Reject(new MatchRejection.DecideFirst(square))
            : s.Offer is null && offerPending ? Reject(new MatchRejection.NothingToBuy())
            : null);

    private static Decision<MatchEvent, MatchRejection> Roll(Match.InPlay s, MatchCommand.Roll c)
    {
        if (c.First is < 1 or > 6 || c.Second is < 1 or > 6)
        {
            return Reject(new MatchRejection.BadDice(c.First, c.Second));
        }
        var me = s.Playing;
        var (to, passedStart) = Board.Move(me.Position, c.First + c.Second);
        var events = new List<MatchEvent> { new MatchEvent.Moved(me.Player, c.First, c.Second, to) };
        var cash = me.Cash;
        if (passedStart)
        {
            events.Add(new MatchEvent.SalaryPaid(me.Player, Board.Salary));
            cash += Board.Salary;
        }
        switch (Board.Squares[to])
        {
            case Square.Lot p when s.Owners[to] is null:
                events.Add(new MatchEvent.Offered(me.Player, to, p.Price));
                return Emit([.. events]);
            case Square.Lot p when s.Owners[to] is { } owner && owner != me.Player:
                var paid = Math.Min(p.Rent, cash);
                events.Add(new MatchEvent.RentPaid(me.Player, owner, to, paid));
                if (paid < p.Rent)
                {
                    events.AddRange(Out(s, me.Player, KnockOut.Bankrupt));
                    return Emit([.. events]);
                }
                break;
        }
        events.AddRange(NextTurn(s));
        return Emit([.. events]);
    }

    private static Decision<MatchEvent, MatchRejection> Buy(Match.InPlay s, PlayerId player)
    {
        var square = s.Offer!.Value;
        var price = ((Square.Lot)Board.Squares[square]).Price;
        return s.Playing.Cash < price
            ? Reject(new MatchRejection.CannotAfford(price, s.Playing.Cash))
            : Emit([new MatchEvent.Bought(player, square, price), .. NextTurn(s)]);
    }

    private static Decision<MatchEvent, MatchRejection> TimedOut(Match.InPlay s)
    {
        var player = s.Playing;
        MatchEvent missed = new MatchEvent.TurnMissed(player.Player, s.Turn);
        return player.Misses + 1 >= Match.MissesBeforeKnockout
            ? Emit([missed, .. Out(s, player.Player, KnockOut.TimedOut)])
            : Emit([missed, .. NextTurn(s)]);
    }

    /// <summary><paramref name="player"/> goes out; the last one left wins, or the turn passes if it was theirs.</summary>
    private static MatchEvent[] Out(Match.InPlay s, PlayerId player, KnockOut reason)
    {
        MatchEvent knocked = new MatchEvent.KnockedOut(player, reason);
        var after = (Match.InPlay)Match.Evolve(s, knocked);
        if (after.StillIn == 1)
        {
            return [knocked, new MatchEvent.Finished(after.Players.Single(p => !p.IsOut).Player)];
        }
        return s.Playing.Player == player ? [knocked, .. NextTurn(after)] : [knocked];
    }

    private static MatchEvent[] NextTurn(Match.InPlay s) => [new MatchEvent.TurnBegan(s.Players[s.NextAfter(s.Current)].Player, s.Turn + 1)];
}
