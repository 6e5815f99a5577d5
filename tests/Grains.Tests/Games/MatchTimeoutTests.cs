using Keel.Domain.Games;
using Keel.Domain.Lobby;
using Keel.Grains.Alarms;
using Keel.Grains.Interfaces.Games;
using Microsoft.Extensions.DependencyInjection;

namespace Keel.Grains.Tests;

/// <summary>
/// A turn's timeout is the match's alarm (issue 19, item 2), on the alarms' fake clock: due a turn time after the turn
/// began, fired once, dropped when the turn was played. That a clock looked after a move of time is proven by a
/// marker match with a shorter turn timing out, never by a sleep.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class MatchTimeoutTests(ClusterFixture fixture)
{
    private static readonly PlayerId Ada = PlayerId.Parse("ada"), Bob = PlayerId.Parse("bob");
    private static readonly Table Two = new([new TakenSeat(1, Ada), new TakenSeat(2, Bob)]);
    private static readonly TimeSpan TurnTime = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ATurnNotPlayedInTimeIsMissedOnceWhenItsTimeRanOutAndNotBefore()
    {
        var match = await DealAsync(TurnTime);
        var marker = await DealAsync(TurnTime - TimeSpan.FromSeconds(1));

        fixture.AlarmTime.Advance(TurnTime - TimeSpan.FromSeconds(1));
        await TurnAsync(marker, 2, "the marker's first turn timed out");
        Assert.Equal(1, (await match.GetAsync())!.Turn); // one second before its deadline, Ada's turn is still on

        fixture.AlarmTime.Advance(TimeSpan.FromSeconds(1));
        var missed = await TurnAsync(match, 2, "Ada's turn timed out");
        Assert.Equal(Bob, missed.Playing);
        Assert.Equal(1, missed.Players.Single(p => p.Player == Ada).Misses);

        // Bob's turn has a deadline of its own, a turn time after it began; it fires once too.
        fixture.AlarmTime.Advance(TurnTime);
        var next = await TurnAsync(match, 3, "Bob's turn timed out");
        Assert.Equal((1, 1), (next.Players.Single(p => p.Player == Ada).Misses, next.Players.Single(p => p.Player == Bob).Misses));
    }

    [Fact]
    public async Task APlayedTurnsTimeoutIsDroppedAndTheNextTurnGetsAFullTurnTime()
    {
        var match = await DealAsync(TurnTime);
        fixture.AlarmTime.Advance(TimeSpan.FromSeconds(10));
        fixture.Dice.Queue((1, 2)); // square 3: nothing to buy, the turn passes
        Assert.Equal(Bob, (await match.RollAsync(Ada)).Value!.Playing);
        var marker = await DealAsync(TimeSpan.FromSeconds(20));

        fixture.AlarmTime.Advance(TimeSpan.FromSeconds(20)); // Ada's deadline has passed; Bob's is 10 s away
        await TurnAsync(marker, 2, "the marker's first turn timed out");
        var view = (await match.GetAsync())!;
        Assert.Equal((2, Bob), (view.Turn, view.Playing));
        Assert.All(view.Players, p => Assert.Equal(0, p.Misses));

        fixture.AlarmTime.Advance(TimeSpan.FromSeconds(10));
        var missed = await TurnAsync(match, 3, "Bob's turn timed out");
        Assert.Equal(1, missed.Players.Single(p => p.Player == Bob).Misses);
    }

    [Fact]
    public async Task APlayerWhoLetsThreeTurnsRunOutIsKnockedOutAndTheFinishedMatchAsksForNoAlarm()
    {
        var match = await DealAsync(TurnTime);
        var alarms = fixture.Silo(0).ServiceProvider.GetRequiredService<IAlarmStore>();
        Assert.NotNull(await alarms.FindAsync(match.GetGrainId().ToString()));

        for (var turn = 2; turn <= 5; turn++)
        {
            fixture.AlarmTime.Advance(TurnTime);
            await TurnAsync(match, turn, $"turn {turn - 1} timed out");
        }
        fixture.AlarmTime.Advance(TurnTime); // Ada's third miss

        var finished = await Eventually.GetAsync(async () => (await match.GetAsync())!, view => view.Ranks.Count > 0,
            Deadline, "the match finished", view => $"turn {view.Turn}");
        Assert.Equal([Bob, Ada], finished.Ranks);
        Assert.Equal(3, finished.Players.Single(p => p.Player == Ada).Misses);
        Assert.Null(finished.Playing);
        Assert.Null(await alarms.FindAsync(match.GetGrainId().ToString())); // disarmed with the events that finished it
    }

    private async Task<IMatchGrain> DealAsync(TimeSpan turnTime)
    {
        var match = fixture.Client.GetGrain<IMatchGrain>($"friends-{Guid.NewGuid():N}");
        Assert.True((await match.DealAsync(new MatchCommand.Deal(Two, Board.StartingCash, turnTime))).IsAccepted);
        return match;
    }

    /// <summary>Waits for <paramref name="turn"/>, and fails if the match went past it (a timeout fired twice).</summary>
    private static async Task<MatchView> TurnAsync(IMatchGrain match, int turn, string what)
    {
        var view = await Eventually.GetAsync(async () => (await match.GetAsync())!, view => view.Turn >= turn, Deadline, what, view => $"turn {view.Turn}");
        Assert.Equal(turn, view.Turn);
        return view;
    }
}
