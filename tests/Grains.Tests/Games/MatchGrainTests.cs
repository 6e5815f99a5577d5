using Keel.Domain.Games;
using Keel.Domain.Lobby;
using Keel.Grains.Interfaces.Games;

namespace Keel.Grains.Tests;

/// <summary>The match grain draws the dice from the Games service's entropy source, which the tests script.</summary>
[Collection(ClusterCollection.Name)]
public sealed class MatchGrainTests(ClusterFixture fixture)
{
    private static readonly PlayerId Ada = PlayerId.Parse("ada"), Bob = PlayerId.Parse("bob");

    private static readonly Table Two = new([new TakenSeat(1, Ada), new TakenSeat(2, Bob)]);

    private IMatchGrain NewMatch() => fixture.Client.GetGrain<IMatchGrain>($"friends-{Guid.NewGuid():N}");

    [Fact]
    public async Task TheDiceComeFromTheGamesEntropyAndTheRulesSettleTheMoney()
    {
        var match = NewMatch();
        Assert.True((await match.DealAsync(new MatchCommand.Deal(Two, Board.StartingCash, TimeSpan.FromSeconds(30)))).IsAccepted);
        fixture.Dice.Queue((1, 1), (1, 1));

        var offered = await match.RollAsync(Ada); // two squares: Mill Lane, free
        Assert.Equal(2, offered.Value!.Offer);
        var bought = await match.BuyAsync(new MatchCommand.Buy(Ada));
        var rent = await match.RollAsync(Bob); // the same two squares: Ada's lot

        var view = rent.Value!;
        var millLane = (Square.Lot)Board.Squares[2];
        Assert.Equal(0, fixture.Dice.Left);
        Assert.Equal(Ada, view.Owners[2]);
        Assert.Equal(Board.StartingCash - millLane.Price + millLane.Rent, view.Players.Single(p => p.Player == Ada).Cash);
        Assert.Equal(Board.StartingCash - millLane.Rent, view.Players.Single(p => p.Player == Bob).Cash);
        Assert.Equal(Ada, view.Playing);
        Assert.Equal(3, view.Turn);
        Assert.Equal(Bob, bought.Value!.Playing);
    }

    [Fact]
    public async Task ARollOutOfTurnDrawsNoDiceFromTheScriptAndChangesNothing()
    {
        var match = NewMatch();
        await match.DealAsync(new MatchCommand.Deal(Two, Board.StartingCash, TimeSpan.FromSeconds(30)));
        fixture.Dice.Queue((3, 4));

        var refused = await match.RollAsync(Bob);

        Assert.Equal("games.not-your-turn", refused.Rejection?.Code);
        Assert.Equal(0, fixture.Dice.Left); // drawn for the roll, refused by the rules: the next roll gets new dice
        var before = await match.GetAsync();
        Assert.All(before!.Players, p => Assert.Equal(0, p.Position));
        Assert.Equal("games.already-dealt", (await match.DealAsync(new MatchCommand.Deal(Two, Board.StartingCash, TimeSpan.FromSeconds(30)))).Rejection?.Code);
    }
}
