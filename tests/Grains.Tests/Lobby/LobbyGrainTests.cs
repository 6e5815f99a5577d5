using Keel.Domain;
using Keel.Grains.Interfaces.Games;
using Keel.Grains.Interfaces.Lobby;
using Keel.Grains.Interfaces;
using Keel.Domain.Lobby;

namespace Keel.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class LobbyGrainTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private static string NewPlayer() => $"p-{Guid.NewGuid():N}";

    private IPlayerGrain Player(string id) => fixture.Client.GetGrain<IPlayerGrain>(id);

    private Task<RoomView?> RoomAsync(string roomId) => fixture.Client.GetGrain<IRoomGrain>(roomId).GetAsync();

    private async Task<RoomView> JoinAsync(string player, string address)
    {
        var result = await Player(player).JoinAsync(new JoinRoom(address));
        Assert.True(result.IsAccepted, $"{player} could not join {address}: {result.Rejection?.Code}");
        return result.Value.Room;
    }

    [Fact]
    public async Task AFriendsRoomFillsUpAndItsGameStarts()
    {
        var (ada, bob, cy) = (NewPlayer(), NewPlayer(), NewPlayer());

        var opened = await Player(ada).JoinAsync(new JoinRoom("friends:new:3"));
        Assert.True(opened.IsAccepted);
        Assert.True(opened.Value.Opened);
        var room = opened.Value.Room;
        Assert.Matches("^friends:[2-9A-Z]{6}$", room.Address);
        Assert.Equal((3, 100, 5, RoomStatus.Waiting), (room.Seats, room.BuyIn, room.Tax, room.Status));
        Assert.Equal([new TakenSeat(1, PlayerId.Parse(ada))], room.Players);
        await JoinAsync(bob, room.Address.ToLowerInvariant());
        var full = await JoinAsync(cy, room.Address);

        Assert.Equal(RoomStatus.Playing, full.Status);
        Assert.Equal([new TakenSeat(1, PlayerId.Parse(ada)), new TakenSeat(2, PlayerId.Parse(bob)), new TakenSeat(3, PlayerId.Parse(cy))], full.Players);
        var game = await Eventually.GetAsync(
            () => fixture.Client.GetGrain<IGameGrain>(room.RoomId).GetAsync(), g => g is not null, Deadline, $"the game of {room.RoomId}");
        Assert.Equal(room.RoomId, game!.GameId);
        Assert.Equal(full.Players, game.Table);
        Assert.Equal(3 * (100 - 5), game.Pot);
    }

    [Fact]
    public async Task AFullRoomTurnsAwayTheNextPlayer()
    {
        var (ada, bob) = (NewPlayer(), NewPlayer());
        var room = await JoinAsync(ada, "friends:new:2");
        await JoinAsync(bob, room.Address);

        var late = await Player(NewPlayer()).JoinAsync(new JoinRoom(room.Address));

        AssertRejected(late.Rejection, "lobby.already-full", RejectionKind.Conflict);
    }

    [Fact]
    public async Task ACodeNobodyOpenedDoesNotExist()
    {
        var result = await Player(NewPlayer()).JoinAsync(new JoinRoom("friends:ZZZZZ2"));

        AssertRejected(result.Rejection, "lobby.not-exist", RejectionKind.NotFound);
    }

    [Theory]
    [InlineData("global:3")]
    [InlineData("friends:new:7")]
    [InlineData("friends:new:1")]
    [InlineData("nowhere")]
    public async Task AMalformedAddressIsABadAddressAndSeatsNobody(string address)
    {
        var player = NewPlayer();

        var result = await Player(player).JoinAsync(new JoinRoom(address));

        AssertRejected(result.Rejection, "lobby.bad-address", RejectionKind.Invalid);
        Assert.Null((await Player(player).GetAsync()).RoomId);
    }

    [Fact]
    public async Task JoiningAnotherRoomLeavesTheFirst()
    {
        var ada = NewPlayer();
        var first = await JoinAsync(ada, "friends:new:4");

        var second = await JoinAsync(ada, "friends:new:4");

        Assert.NotEqual(first.RoomId, second.RoomId);
        Assert.Null(await RoomAsync(first.RoomId)); // its only player left: closed
        Assert.Equal(second.RoomId, (await Player(ada).GetAsync()).RoomId);
    }

    [Fact]
    public async Task AFailedJoinKeepsTheSeatThePlayerHad()
    {
        var (ada, bob, cy) = (NewPlayer(), NewPlayer(), NewPlayer());
        var mine = await JoinAsync(ada, "friends:new:3");
        var full = await JoinAsync(bob, "friends:new:2");
        await JoinAsync(cy, full.Address);

        var result = await Player(ada).JoinAsync(new JoinRoom(full.Address));

        Assert.Equal("lobby.already-full", result.Rejection?.Code);
        Assert.Equal([new TakenSeat(1, PlayerId.Parse(ada))], (await RoomAsync(mine.RoomId))!.Players);
        Assert.Equal(mine.RoomId, (await Player(ada).GetAsync()).RoomId);
    }

    [Fact]
    public async Task RepeatingAJoinChangesNothing()
    {
        var (ada, bob) = (NewPlayer(), NewPlayer());
        var room = await JoinAsync(ada, "friends:new:3");
        await JoinAsync(bob, room.Address);

        var again = await JoinAsync(bob, room.Address);

        Assert.Equal([new TakenSeat(1, PlayerId.Parse(ada)), new TakenSeat(2, PlayerId.Parse(bob))], again.Players);
    }

    [Fact]
    public async Task LeavingFreesTheSeat()
    {
        var (ada, bob) = (NewPlayer(), NewPlayer());
        var room = await JoinAsync(ada, "friends:new:3");
        await JoinAsync(bob, room.Address);

        var view = await Player(ada).LeaveAllRoomsAsync();

        Assert.Null(view.RoomId);
        Assert.Equal([new TakenSeat(2, PlayerId.Parse(bob))], (await RoomAsync(room.RoomId))!.Players);
    }

    [Fact]
    public async Task GoingOfflineLeavesOnlyOnlineOnlyPlayers()
    {
        var (ada, bob) = (NewPlayer(), NewPlayer());
        var room = await JoinAsync(ada, "friends:new:3");
        await JoinAsync(bob, room.Address);
        Assert.Equal(WaitMode.OnlineAndOffline,
            (await Player(bob).UpdateWaitModeAsync(new UpdateWaitMode(WaitMode.OnlineAndOffline))).WaitMode);

        await Player(ada).GoOfflineAsync();
        await Player(bob).GoOfflineAsync();

        Assert.Equal([new TakenSeat(2, PlayerId.Parse(bob))], (await RoomAsync(room.RoomId))!.Players);
        Assert.Null((await Player(ada).GetAsync()).RoomId);
        Assert.Equal(room.RoomId, (await Player(bob).GetAsync()).RoomId);
    }

    [Fact]
    public async Task ACodeDrawnTwiceIsDrawnAgain()
    {
        var code = RoomCode.From(Random.Shared.Next(RoomCode.Count));
        fixture.RoomCodes.Enqueue(code, code);

        var first = await JoinAsync(NewPlayer(), "friends:new:2");
        var second = await JoinAsync(NewPlayer(), "friends:new:2");

        Assert.Equal($"friends:{code}", first.Address);
        Assert.NotEqual(first.RoomId, second.RoomId);
        Assert.Single((await RoomAsync(first.RoomId))!.Players);
    }

    /// <summary>The only test here that uses global:2, so it sees the shared rooms as it leaves them.</summary>
    [Fact]
    public async Task TheSharedRoomSeatsTwoThenTheNextOneOpens()
    {
        var (ada, bob, cy) = (NewPlayer(), NewPlayer(), NewPlayer());

        var first = await JoinAsync(ada, "global:2");
        var same = await JoinAsync(bob, "global:2");
        var next = await JoinAsync(cy, "global:2");

        Assert.Equal(("global:2", 2, 50, 2), (first.Address, first.Seats, first.BuyIn, first.Tax));
        Assert.Equal(first.RoomId, same.RoomId);
        Assert.Equal(RoomStatus.Playing, same.Status);
        Assert.Equal([new TakenSeat(1, PlayerId.Parse(ada)), new TakenSeat(2, PlayerId.Parse(bob))], same.Players);
        Assert.NotEqual(first.RoomId, next.RoomId);
        Assert.Equal([new TakenSeat(1, PlayerId.Parse(cy))], next.Players);
        var game = await Eventually.GetAsync(
            () => fixture.Client.GetGrain<IGameGrain>(first.RoomId).GetAsync(), g => g is not null, Deadline, $"the game of {first.RoomId}");
        Assert.Equal(2 * (50 - 2), game!.Pot);
    }

    private static void AssertRejected(Rejection? rejection, string code, RejectionKind kind)
    {
        Assert.NotNull(rejection);
        Assert.Equal((code, kind), (rejection.Code, rejection.Kind));
    }
}
