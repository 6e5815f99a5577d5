using Keel.Domain;
using Keel.Domain.Lobby;

namespace Keel.Domain.Tests;

public class GlobalRoomsDeciderTests
{
    private static DeciderSpec<GlobalRoomsDecider, GlobalRoomsCommand, GlobalRooms, GlobalRoomsEvent, NoRejection> Spec() => new();

    [Fact]
    public void TheFirstSharedRoomIsOpenFromTheStart() => Assert.Equal(RoomId.Global(1), GlobalRooms.Initial.OpenRoom);

    [Fact]
    public void AFilledOpenRoomOpensTheNext() =>
        Spec().When(new GlobalRoomsCommand.OpenNext(1)).Then(new GlobalRoomsEvent.NextOpened(2));

    [Fact]
    public void AnOpenRoomIsReusedUntilItFills()
    {
        var state = new GlobalRoomsEvent[] { new GlobalRoomsEvent.NextOpened(2) }.Aggregate(GlobalRooms.Initial, GlobalRooms.Evolve);

        Assert.Equal(RoomId.Global(2), state.OpenRoom);
    }

    [Fact]
    public void ARepeatedReportOfAFilledRoomOpensNothingMore() =>
        Spec().Given(new GlobalRoomsEvent.NextOpened(2)).When(new GlobalRoomsCommand.OpenNext(1)).Then();
}
