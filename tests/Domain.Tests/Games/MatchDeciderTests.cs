using Keel.Domain;
using Keel.Domain.Games;
using Keel.Domain.Lobby;

namespace Keel.Domain.Tests;

/// <summary>The board game's rules (issue 19, item 1), given / when / then.</summary>
public class MatchDeciderTests
{
    private static readonly PlayerId Ada = PlayerId.Parse("ada");
    private static readonly PlayerId Bob = PlayerId.Parse("bob");
    private static readonly PlayerId Cy = PlayerId.Parse("cy");
    private static readonly PlayerId Stranger = PlayerId.Parse("stranger");
    private static readonly Table Two = new([new TakenSeat(1, Ada), new TakenSeat(2, Bob)]);
    private static readonly Table Three = new([new TakenSeat(1, Ada), new TakenSeat(2, Bob), new TakenSeat(3, Cy)]);

    private static DeciderSpec<MatchDecider, MatchCommand, Match, MatchEvent, MatchRejection> Spec() => new();

    private static readonly TimeSpan TurnTime = TimeSpan.FromSeconds(30);

    private static MatchEvent[] Dealt(Table table, int cash = 500) =>
        [new MatchEvent.Dealt(table, cash, TurnTime), new MatchEvent.TurnBegan(table.Seats[0].PlayerId, 1)];

    /// <summary>Ada bought Mill Lane (square 2) on turn 1; it is Bob's turn 2.</summary>
    private static MatchEvent[] AdaOwnsMillLane(Table table, int cash = 500) =>
    [
        .. Dealt(table, cash), new MatchEvent.Moved(Ada, 1, 1, 2), new MatchEvent.Offered(Ada, 2, 60),
        new MatchEvent.Bought(Ada, 2, 60), new MatchEvent.TurnBegan(Bob, 2),
    ];

    [Fact]
    public void TheMatchIsDealtInSeatOrderAndTheFirstSeatBegins()
    {
        var shuffled = new Table([new TakenSeat(2, Bob), new TakenSeat(1, Ada)]);
        Spec().When(new MatchCommand.Deal(shuffled, 500, TurnTime)).Then(new MatchEvent.Dealt(shuffled, 500, TurnTime), new MatchEvent.TurnBegan(Ada, 1));
        var state = Assert.IsType<Match.InPlay>(Dealt(shuffled).Aggregate(Match.Initial, Match.Evolve));
        Assert.Equal([Ada, Bob], state.Players.Select(p => p.Player));
        Assert.All(state.Players, p => Assert.Equal((0, 500), (p.Position, p.Cash)));
    }

    [Fact]
    public void AMatchIsDealtOnce() =>
        Spec().Given(Dealt(Two)).When(new MatchCommand.Deal(Two, 500, TurnTime)).ThenRejected(new MatchRejection.AlreadyDealt());

    [Fact]
    public void NothingIsPlayedBeforeTheDeal() =>
        Spec().When(new MatchCommand.Roll(Ada, 1, 2)).ThenRejected(new MatchRejection.NotDealt());

    [Fact]
    public void ARollOntoAFreePropertyOffersIt() =>
        Spec().Given(Dealt(Two)).When(new MatchCommand.Roll(Ada, 1, 1))
            .Then(new MatchEvent.Moved(Ada, 1, 1, 2), new MatchEvent.Offered(Ada, 2, 60));

    [Fact]
    public void BuyingPaysThePriceAndPassesTheTurn()
    {
        Spec().Given([.. Dealt(Two), new MatchEvent.Moved(Ada, 1, 1, 2), new MatchEvent.Offered(Ada, 2, 60)])
            .When(new MatchCommand.Buy(Ada)).Then(new MatchEvent.Bought(Ada, 2, 60), new MatchEvent.TurnBegan(Bob, 2));
        var state = (Match.InPlay)AdaOwnsMillLane(Two).Aggregate(Match.Initial, Match.Evolve);
        Assert.Equal((440, Ada), (state.Players[0].Cash, state.Owners[2]));
    }

    [Fact]
    public void DecliningLeavesThePropertyToTheBankAndPassesTheTurn() =>
        Spec().Given([.. Dealt(Two), new MatchEvent.Moved(Ada, 1, 1, 2), new MatchEvent.Offered(Ada, 2, 60)])
            .When(new MatchCommand.Decline(Ada)).Then(new MatchEvent.Declined(Ada, 2), new MatchEvent.TurnBegan(Bob, 2));

    [Fact]
    public void AnotherPlayersPropertyChargesItsRent() =>
        Spec().Given(AdaOwnsMillLane(Three)).When(new MatchCommand.Roll(Bob, 1, 1))
            .Then(new MatchEvent.Moved(Bob, 1, 1, 2), new MatchEvent.RentPaid(Bob, Ada, 2, 8), new MatchEvent.TurnBegan(Cy, 3));

    [Fact]
    public void OnesOwnPropertyAndARestEndTheTurn()
    {
        Spec().Given(Dealt(Two)).When(new MatchCommand.Roll(Ada, 1, 2)).Then(new MatchEvent.Moved(Ada, 1, 2, 3), new MatchEvent.TurnBegan(Bob, 2));
        Spec().Given([.. AdaOwnsMillLane(Two), new MatchEvent.Moved(Bob, 6, 6, 12), new MatchEvent.TurnBegan(Ada, 3),
                new MatchEvent.Moved(Ada, 6, 6, 14), new MatchEvent.Declined(Ada, 14), new MatchEvent.TurnBegan(Bob, 4),
                new MatchEvent.Moved(Bob, 1, 2, 15), new MatchEvent.TurnBegan(Ada, 5)])
            .When(new MatchCommand.Roll(Ada, 2, 2))
            .Then(new MatchEvent.Moved(Ada, 2, 2, 2), new MatchEvent.SalaryPaid(Ada, Board.Salary), new MatchEvent.TurnBegan(Bob, 6));
    }

    [Fact]
    public void PassingTheStartPaysTheSalaryBeforeTheSquareIsSettled() =>
        Spec().Given([.. Dealt(Two), new MatchEvent.Moved(Ada, 6, 6, 12), new MatchEvent.TurnBegan(Bob, 2), new MatchEvent.TurnBegan(Ada, 3)])
            .When(new MatchCommand.Roll(Ada, 2, 3))
            .Then(new MatchEvent.Moved(Ada, 2, 3, 1), new MatchEvent.SalaryPaid(Ada, Board.Salary), new MatchEvent.Offered(Ada, 1, 60));

    [Fact]
    public void APlayerWhoCannotPayTheRentGivesAllTheyHaveAndIsOutAndTheLastOneInWins()
    {
        MatchEvent[] poorBob = [.. AdaOwnsMillLane(Two), new MatchEvent.RentPaid(Bob, Ada, 2, 495)];

        Spec().Given(poorBob).When(new MatchCommand.Roll(Bob, 1, 1)).Then(
            new MatchEvent.Moved(Bob, 1, 1, 2), new MatchEvent.RentPaid(Bob, Ada, 2, 5),
            new MatchEvent.KnockedOut(Bob, KnockOut.Bankrupt), new MatchEvent.Finished(Ada));
    }

    [Fact]
    public void APlayerWhoGoesOutLeavesTheirPropertiesToTheBank() =>
        Spec().Given([.. AdaOwnsMillLane(Three), new MatchEvent.KnockedOut(Ada, KnockOut.Resigned)])
            .When(new MatchCommand.Roll(Bob, 1, 1))
            .Then(new MatchEvent.Moved(Bob, 1, 1, 2), new MatchEvent.Offered(Bob, 2, 60));

    [Fact]
    public void OnlyThePlayerWhoseTurnItIsPlaysAndAnOfferIsAnsweredFirst()
    {
        Spec().Given(Dealt(Two)).When(new MatchCommand.Roll(Bob, 1, 2)).ThenRejected(new MatchRejection.NotYourTurn(Ada));
        Spec().Given(Dealt(Two)).When(new MatchCommand.Roll(Stranger, 1, 2)).ThenRejected(new MatchRejection.NotPlaying(Stranger));
        MatchEvent[] offered = [.. Dealt(Two), new MatchEvent.Moved(Ada, 1, 1, 2), new MatchEvent.Offered(Ada, 2, 60)];
        Spec().Given(offered).When(new MatchCommand.Roll(Ada, 1, 2)).ThenRejected(new MatchRejection.DecideFirst(2));
        Spec().Given(offered).When(new MatchCommand.Buy(Bob)).ThenRejected(new MatchRejection.NotYourTurn(Ada));
        Spec().Given(Dealt(Two)).When(new MatchCommand.Buy(Ada)).ThenRejected(new MatchRejection.NothingToBuy());
        Spec().Given(Dealt(Two)).When(new MatchCommand.Decline(Ada)).ThenRejected(new MatchRejection.NothingToBuy());
    }

    [Fact]
    public void APropertyBeyondThePlayersCashCannotBeBought() =>
        Spec().Given([.. Dealt(Two, 50), new MatchEvent.Moved(Ada, 1, 1, 2), new MatchEvent.Offered(Ada, 2, 60)])
            .When(new MatchCommand.Buy(Ada)).ThenRejected(new MatchRejection.CannotAfford(60, 50));

    [Theory]
    [InlineData(0, 3)]
    [InlineData(7, 1)]
    [InlineData(3, -1)]
    public void DiceShowOneToSix(int first, int second) =>
        Spec().Given(Dealt(Two)).When(new MatchCommand.Roll(Ada, first, second)).ThenRejected(new MatchRejection.BadDice(first, second));

    [Fact]
    public void ATimedOutTurnIsMissedAndAStaleTimeoutChangesNothing()
    {
        Spec().Given(Dealt(Three)).When(new MatchCommand.TimeOut(1)).Then(new MatchEvent.TurnMissed(Ada, 1), new MatchEvent.TurnBegan(Bob, 2));
        Spec().Given([.. Dealt(Three), new MatchEvent.Moved(Ada, 1, 2, 3), new MatchEvent.TurnBegan(Bob, 2)])
            .When(new MatchCommand.TimeOut(1)).Then();
        // A pending offer times out with its turn.
        Spec().Given([.. Dealt(Three), new MatchEvent.Moved(Ada, 1, 1, 2), new MatchEvent.Offered(Ada, 2, 60)])
            .When(new MatchCommand.TimeOut(1)).Then(new MatchEvent.TurnMissed(Ada, 1), new MatchEvent.TurnBegan(Bob, 2));
    }

    [Fact]
    public void AMatchInPlayAsksForItsTurnsTimeoutAndAFinishedOneForNothing()
    {
        Assert.Null(Match.Initial.Alarm);
        Assert.Equal(new Alarm<MatchCommand>(TurnTime, new MatchCommand.TimeOut(1)), Fold(Dealt(Two)).Alarm);
        // An offer is part of the turn: the same alarm, so the turn keeps its deadline.
        Assert.Equal(new Alarm<MatchCommand>(TurnTime, new MatchCommand.TimeOut(1)),
            Fold([.. Dealt(Two), new MatchEvent.Moved(Ada, 1, 1, 2), new MatchEvent.Offered(Ada, 2, 60)]).Alarm);
        Assert.Equal(new Alarm<MatchCommand>(TurnTime, new MatchCommand.TimeOut(2)), Fold(AdaOwnsMillLane(Two)).Alarm);
        Assert.Null(Fold([.. Dealt(Two), new MatchEvent.KnockedOut(Bob, KnockOut.Resigned), new MatchEvent.Finished(Ada)]).Alarm);
    }

    [Fact]
    public void TheThirdMissedTurnKnocksThePlayerOut()
    {
        MatchEvent[] twice =
        [
            .. Dealt(Three), new MatchEvent.TurnMissed(Ada, 1), new MatchEvent.TurnBegan(Bob, 2), new MatchEvent.TurnBegan(Cy, 3),
            new MatchEvent.TurnBegan(Ada, 4), new MatchEvent.TurnMissed(Ada, 4), new MatchEvent.TurnBegan(Bob, 5),
            new MatchEvent.TurnBegan(Cy, 6), new MatchEvent.TurnBegan(Ada, 7),
        ];
        Spec().Given(twice).When(new MatchCommand.TimeOut(7)).Then(
            new MatchEvent.TurnMissed(Ada, 7), new MatchEvent.KnockedOut(Ada, KnockOut.TimedOut), new MatchEvent.TurnBegan(Bob, 8));
        var state = (Match.InPlay)Fold([.. twice, new MatchEvent.TurnMissed(Ada, 7), new MatchEvent.KnockedOut(Ada, KnockOut.TimedOut),
            new MatchEvent.TurnBegan(Bob, 8)]);
        Assert.Equal(Cy, state.Players[state.NextAfter(state.Current)].Player); // Ada's seat is skipped from now on
    }

    [Fact]
    public void AResignationAtAnyTimeLeavesTheRestPlaying()
    {
        Spec().Given(Dealt(Three)).When(new MatchCommand.Resign(Cy)).Then(new MatchEvent.KnockedOut(Cy, KnockOut.Resigned));
        Spec().Given(Dealt(Three)).When(new MatchCommand.Resign(Ada)).Then(new MatchEvent.KnockedOut(Ada, KnockOut.Resigned), new MatchEvent.TurnBegan(Bob, 2));
        Spec().Given([.. Dealt(Three), new MatchEvent.KnockedOut(Cy, KnockOut.Resigned)])
            .When(new MatchCommand.Resign(Cy)).ThenRejected(new MatchRejection.NotPlaying(Cy));
    }

    [Fact]
    public void TheLastOneInWinsAndTheOthersRankInTheReverseOrderTheyWentOut()
    {
        MatchEvent[] events = [.. Dealt(Three), new MatchEvent.KnockedOut(Cy, KnockOut.Resigned)];
        Spec().Given(events).When(new MatchCommand.Resign(Bob)).Then(new MatchEvent.KnockedOut(Bob, KnockOut.Resigned), new MatchEvent.Finished(Ada));

        var over = Assert.IsType<Match.Finished>(Fold([.. events, new MatchEvent.KnockedOut(Bob, KnockOut.Resigned), new MatchEvent.Finished(Ada)]));
        Assert.Equal([Ada, Bob, Cy], over.Ranks);
        Spec().Given([.. events, new MatchEvent.KnockedOut(Bob, KnockOut.Resigned), new MatchEvent.Finished(Ada)])
            .When(new MatchCommand.Roll(Ada, 1, 2)).ThenRejected(new MatchRejection.GameOver(Ada));
        Spec().Given([.. events, new MatchEvent.KnockedOut(Bob, KnockOut.Resigned), new MatchEvent.Finished(Ada)])
            .When(new MatchCommand.TimeOut(2)).Then();
    }

    /// <summary>Random matches played to their end: the rules never lose or make money beyond salaries, never leave a turn to a player who is out, and always end.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void RandomMatchesKeepTheBooksAndEnd(int seed)
    {
        var random = new Random(seed);
        var table = new Table([.. Enumerable.Range(1, 2 + (seed % 3)).Select(i => new TakenSeat(i, PlayerId.Parse($"p{i}")))]);
        Match state = Match.Initial;
        var salaries = 0;
        var returned = 0;
        foreach (var e in Decide(new MatchCommand.Deal(table, 300, TurnTime)))
        {
            state = Match.Evolve(state, e);
        }
        for (var step = 0; step < 20_000 && state is Match.InPlay; step++)
        {
            var play = (Match.InPlay)state;
            var me = play.Playing.Player;
            MatchCommand command = random.Next(40) switch
            {
                0 => new MatchCommand.TimeOut(play.Turn),
                1 => new MatchCommand.Resign(play.Players[random.Next(play.Players.Count)].Player),
                _ when play.Offer is not null => random.Next(2) == 0 ? new MatchCommand.Buy(me) : new MatchCommand.Decline(me),
                _ => new MatchCommand.Roll(me, random.Next(1, 7), random.Next(1, 7)),
            };
            var decision = MatchDecider.Decide(command, state);
            if (decision is not Decision<MatchEvent, MatchRejection>.Accepted accepted)
            {
                continue; // a buy beyond the cash, a resignation of someone already out
            }
            foreach (var e in accepted.Events)
            {
                salaries += e is MatchEvent.SalaryPaid s ? s.Amount : 0;
                if (e is MatchEvent.KnockedOut k && state is Match.InPlay before)
                {
                    returned += Worth(before, k.Player);
                }
                state = Match.Evolve(state, e);
            }
            if (state is Match.InPlay now)
            {
                Assert.False(now.Playing.IsOut);
                Assert.All(now.Players, p => Assert.True(p.Cash >= 0));
                // Money only changes hands: what the players hold, what they paid for properties (those of players
                // who went out went back to the bank) is what they were dealt and the salaries.
                var bought = now.Players.Sum(p => Worth(now, p.Player));
                Assert.Equal((300 * table.Count) + salaries, now.Players.Sum(p => p.Cash) + bought + returned);
            }
        }
        var finished = Assert.IsType<Match.Finished>(state);
        Assert.Equal(table.Count, finished.Ranks.Distinct().Count());
    }

    private static Match Fold(MatchEvent[] events) => events.Aggregate(Match.Initial, Match.Evolve);

    private static int Worth(Match.InPlay state, PlayerId player) =>
        state.Owners.Select((owner, square) => owner == player ? ((Square.Lot)Board.Squares[square]).Price : 0).Sum();

    private static IReadOnlyList<MatchEvent> Decide(MatchCommand command) =>
        ((Decision<MatchEvent, MatchRejection>.Accepted)MatchDecider.Decide(command, Match.Initial)).Events;
}
