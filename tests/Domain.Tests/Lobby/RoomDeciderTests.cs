using Keel.Domain.Lobby;

namespace Keel.Domain.Tests;

public class RoomDeciderTests
{
    private static readonly PlayerId Ada = PlayerId.Parse("ada");
    private static readonly PlayerId Bob = PlayerId.Parse("bob");
    private static readonly PlayerId Cy = PlayerId.Parse("cy");
    private static readonly RoomId Friends = RoomId.Friends(RoomCode.From(12345));
    private static readonly RoomId Global1 = RoomId.Global(1);

    private static DeciderSpec<RoomDecider, RoomCommand, Room, RoomEvent, RoomRejection> Spec() => new();

    private static RoomEvent.Created FriendsRoomOf(int seats) => new(Friends, seats, Stakes.Friends.BuyIn, Stakes.Friends.Tax);

    private static Table TableOf(params PlayerId[] players) =>
        new([.. players.Select((player, i) => new TakenSeat(i + 1, player))]);

    [Fact]
    public void OpeningAFriendsRoomSeatsTheOpenerInSeatOne() =>
        Spec().When(new RoomCommand.Open(Friends, 3, Ada))
            .Then(new RoomEvent.Created(Friends, 3, 100, 5), new RoomEvent.PlayerJoined(Friends, Ada, 1));

    [Fact]
    public void AGlobalRoomHasTheGlobalStakes() =>
        Spec().When(new RoomCommand.Open(Global1, 2, Ada))
            .Then(new RoomEvent.Created(Global1, 2, 50, 2), new RoomEvent.PlayerJoined(Global1, Ada, 1));

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void AFriendsRoomWithAWrongNumberOfSeatsIsABadAddress(int seats) =>
        Spec().When(new RoomCommand.Open(Friends, seats, Ada))
            .ThenRejected(new RoomRejection.BadAddress("friends:" + Friends.Code, $"A Friends room cannot have {seats} seats."));

    [Fact]
    public void AGlobalRoomHasTwoSeats() =>
        Spec().When(new RoomCommand.Open(Global1, 3, Ada))
            .ThenRejected(new RoomRejection.BadAddress("global:2", "A Global room cannot have 3 seats."));

    [Fact]
    public void AnOpenRoomCannotBeOpenedAgain() =>
        Spec().Given(FriendsRoomOf(3), new RoomEvent.PlayerJoined(Friends, Ada, 1))
            .When(new RoomCommand.Open(Friends, 3, Bob))
            .ThenRejected(new RoomRejection.AlreadyOpen(Friends));

    [Fact]
    public void JoiningARoomNobodyOpenedIsNotExist() =>
        Spec().When(new RoomCommand.Join(Friends, Bob))
            .ThenRejected(new RoomRejection.NotExist(Friends));

    [Fact]
    public void AJoinTakesTheFirstFreeSeat() =>
        Spec().Given(FriendsRoomOf(3), new RoomEvent.PlayerJoined(Friends, Ada, 1), new RoomEvent.PlayerJoined(Friends, Bob, 2), new RoomEvent.PlayerLeft(Friends, Ada, 1, 100))
            .When(new RoomCommand.Join(Friends, Cy))
            .Then(new RoomEvent.PlayerJoined(Friends, Cy, 1));

    [Fact]
    public void TheLastSeatFillsTheRoomUpWithItsTableAndPot() =>
        Spec().Given(FriendsRoomOf(3), new RoomEvent.PlayerJoined(Friends, Ada, 1), new RoomEvent.PlayerJoined(Friends, Bob, 2))
            .When(new RoomCommand.Join(Friends, Cy))
            .Then(new RoomEvent.PlayerJoined(Friends, Cy, 3), new RoomEvent.FilledUp(Friends, TableOf(Ada, Bob, Cy), 3 * (100 - 5)));

    [Fact]
    public void AFullRoomIsPlaying()
    {
        var state = new RoomEvent[]
        {
            new RoomEvent.Created(Global1, 2, Stakes.Global.BuyIn, Stakes.Global.Tax), new RoomEvent.PlayerJoined(Global1, Ada, 1),
            new RoomEvent.PlayerJoined(Global1, Bob, 2), new RoomEvent.FilledUp(Global1, TableOf(Ada, Bob), 96),
        }.Aggregate(Room.Initial, Room.Evolve);

        Assert.Equal(new Room.Playing(Global1, 2, Stakes.Global, TableOf(Ada, Bob)), state);
    }

    [Fact]
    public void JoiningAPlayingRoomIsAlreadyFull() =>
        Spec().Given(FriendsRoomOf(2), new RoomEvent.PlayerJoined(Friends, Ada, 1), new RoomEvent.PlayerJoined(Friends, Bob, 2), new RoomEvent.FilledUp(Friends, TableOf(Ada, Bob), 190))
            .When(new RoomCommand.Join(Friends, Cy))
            .ThenRejected(new RoomRejection.AlreadyFull(Friends));

    [Fact]
    public void RepeatingTheJoinThatFilledTheRoomChangesNothing() =>
        Spec().Given(FriendsRoomOf(2), new RoomEvent.PlayerJoined(Friends, Ada, 1), new RoomEvent.PlayerJoined(Friends, Bob, 2), new RoomEvent.FilledUp(Friends, TableOf(Ada, Bob), 190))
            .When(new RoomCommand.Join(Friends, Bob))
            .Then();

    [Fact]
    public void JoiningTheRoomOneSitsInChangesNothing() =>
        Spec().Given(FriendsRoomOf(3), new RoomEvent.PlayerJoined(Friends, Ada, 1))
            .When(new RoomCommand.Join(Friends, Ada))
            .Then();

    [Fact]
    public void LeavingAWaitingRoomRefundsTheBuyIn() =>
        Spec().Given(FriendsRoomOf(3), new RoomEvent.PlayerJoined(Friends, Ada, 1), new RoomEvent.PlayerJoined(Friends, Bob, 2))
            .When(new RoomCommand.Leave(Bob))
            .Then(new RoomEvent.PlayerLeft(Friends, Bob, 2, 100));

    [Fact]
    public void LeavingARoomOneDoesNotSitInChangesNothing() =>
        Spec().Given(FriendsRoomOf(3), new RoomEvent.PlayerJoined(Friends, Ada, 1))
            .When(new RoomCommand.Leave(Bob))
            .Then();

    [Fact]
    public void LeavingAPlayingRoomRefundsNothing() =>
        Spec().Given(FriendsRoomOf(2), new RoomEvent.PlayerJoined(Friends, Ada, 1), new RoomEvent.PlayerJoined(Friends, Bob, 2), new RoomEvent.FilledUp(Friends, TableOf(Ada, Bob), 190))
            .When(new RoomCommand.Leave(Ada))
            .Then();

    [Fact]
    public void ALeftSeatCanBeTakenAgain() =>
        Spec().Given(FriendsRoomOf(2), new RoomEvent.PlayerJoined(Friends, Ada, 1), new RoomEvent.PlayerLeft(Friends, Ada, 1, 100))
            .When(new RoomCommand.Join(Friends, Bob))
            .Then(new RoomEvent.PlayerJoined(Friends, Bob, 1));

    [Fact]
    public void TheLastPlayerLeavingAWaitingRoomClosesIt() =>
        Spec().Given(FriendsRoomOf(3), new RoomEvent.PlayerJoined(Friends, Ada, 1))
            .When(new RoomCommand.Leave(Ada))
            .Then(new RoomEvent.PlayerLeft(Friends, Ada, 1, 100), new RoomEvent.Closed(Friends));

    [Fact]
    public void NobodyJoinsAClosedRoom() =>
        Spec().Given(FriendsRoomOf(3), new RoomEvent.PlayerJoined(Friends, Ada, 1), new RoomEvent.PlayerLeft(Friends, Ada, 1, 100), new RoomEvent.Closed(Friends))
            .When(new RoomCommand.Join(Friends, Bob))
            .ThenRejected(new RoomRejection.NotExist(Friends));

    [Fact]
    public void AClosedRoomOpensAfresh() =>
        Spec().Given(FriendsRoomOf(3), new RoomEvent.PlayerJoined(Friends, Ada, 1), new RoomEvent.PlayerLeft(Friends, Ada, 1, 100), new RoomEvent.Closed(Friends))
            .When(new RoomCommand.Open(Friends, 2, Bob))
            .Then(new RoomEvent.Created(Friends, 2, 100, 5), new RoomEvent.PlayerJoined(Friends, Bob, 1));
}
