using Keel.Domain;
using Keel.Domain.Lobby;

namespace Keel.Domain.Tests;

public class PlayerDeciderTests
{
    private static readonly RoomId First = RoomId.Friends(RoomCode.From(1));
    private static readonly RoomId Second = RoomId.Global(7);

    private static DeciderSpec<PlayerDecider, PlayerCommand, Player, PlayerEvent, NoRejection> Spec() => new();

    [Fact]
    public void ANewPlayerWaitsOnlineOnlyInNoRoom() => Assert.Equal(new Player(WaitMode.OnlineOnly, null), Player.Initial);

    [Fact]
    public void JoiningSeatsThePlayer() =>
        Spec().When(new PlayerCommand.JoinRoom(First)).Then(new PlayerEvent.Seated(First));

    [Fact]
    public void JoiningAnotherRoomLeavesTheFirst() =>
        Spec().Given(new PlayerEvent.Seated(First))
            .When(new PlayerCommand.JoinRoom(Second))
            .Then(new PlayerEvent.Unseated(First), new PlayerEvent.Seated(Second));

    [Fact]
    public void APlayerSitsInOneRoomAtATime()
    {
        var state = new PlayerEvent[] { new PlayerEvent.Seated(First), new PlayerEvent.Unseated(First), new PlayerEvent.Seated(Second) }
            .Aggregate(Player.Initial, Player.Evolve);

        Assert.Equal(Second, state.RoomId);
    }

    [Fact]
    public void JoiningTheSameRoomAgainChangesNothing() =>
        Spec().Given(new PlayerEvent.Seated(First)).When(new PlayerCommand.JoinRoom(First)).Then();

    [Fact]
    public void LeavingAllRoomsLeavesTheRoom() =>
        Spec().Given(new PlayerEvent.Seated(First)).When(new PlayerCommand.LeaveAllRooms()).Then(new PlayerEvent.Unseated(First));

    [Fact]
    public void LeavingWithoutARoomChangesNothing() =>
        Spec().Given(new PlayerEvent.Seated(First), new PlayerEvent.Unseated(First)).When(new PlayerCommand.LeaveAllRooms()).Then();

    [Fact]
    public void UpdatingTheWaitModeRecordsIt() =>
        Spec().When(new PlayerCommand.UpdateWaitMode(WaitMode.OnlineAndOffline)).Then(new PlayerEvent.WaitModeUpdated(WaitMode.OnlineAndOffline));

    [Fact]
    public void SettingTheSameWaitModeChangesNothing() =>
        Spec().Given(new PlayerEvent.WaitModeUpdated(WaitMode.OnlineAndOffline))
            .When(new PlayerCommand.UpdateWaitMode(WaitMode.OnlineAndOffline)).Then();

    [Fact]
    public void GoingOfflineOnlineOnlyLeavesTheRoom() =>
        Spec().Given(new PlayerEvent.Seated(First)).When(new PlayerCommand.GoOffline()).Then(new PlayerEvent.Unseated(First));

    [Fact]
    public void GoingOfflineOnlineAndOfflineKeepsTheSeat() =>
        Spec().Given(new PlayerEvent.WaitModeUpdated(WaitMode.OnlineAndOffline), new PlayerEvent.Seated(First))
            .When(new PlayerCommand.GoOffline()).Then();

    [Fact]
    public void GoingOfflineBackToOnlineOnlyLeavesTheRoom() =>
        Spec().Given(new PlayerEvent.WaitModeUpdated(WaitMode.OnlineAndOffline), new PlayerEvent.Seated(First), new PlayerEvent.WaitModeUpdated(WaitMode.OnlineOnly))
            .When(new PlayerCommand.GoOffline()).Then(new PlayerEvent.Unseated(First));

    [Fact]
    public void GoingOfflineWithoutARoomChangesNothing() =>
        Spec().When(new PlayerCommand.GoOffline()).Then();

    [Fact]
    public void APlayerComesOnlineOnce() =>
        Spec().When(new PlayerCommand.GoOnline()).Then(new PlayerEvent.PresenceUpdated(true));

    [Fact]
    public void ComingOnlineWhenOnlineChangesNothing() =>
        Spec().Given(new PlayerEvent.PresenceUpdated(true)).When(new PlayerCommand.GoOnline()).Then();

    [Fact]
    public void AnOnlinePlayerGoingOfflineIsOfflineAndOnlineOnlyLeavesTheRoom() =>
        Spec().Given(new PlayerEvent.PresenceUpdated(true), new PlayerEvent.Seated(First))
            .When(new PlayerCommand.GoOffline()).Then(new PlayerEvent.PresenceUpdated(false), new PlayerEvent.Unseated(First));

    [Fact]
    public void AnOnlinePlayerGoingOfflineWhoWaitsOfflineKeepsTheSeat() =>
        Spec().Given(new PlayerEvent.WaitModeUpdated(WaitMode.OnlineAndOffline), new PlayerEvent.PresenceUpdated(true), new PlayerEvent.Seated(First))
            .When(new PlayerCommand.GoOffline()).Then(new PlayerEvent.PresenceUpdated(false));

    [Fact]
    public void BackOnlineAfterGoingOfflineIsOnlineAgain() =>
        Spec().Given(new PlayerEvent.PresenceUpdated(true), new PlayerEvent.PresenceUpdated(false))
            .When(new PlayerCommand.GoOnline()).Then(new PlayerEvent.PresenceUpdated(true));
}
