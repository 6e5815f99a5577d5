using Keel.Domain;
using Keel.Domain.Games;
using Keel.Domain.Lobby;

namespace Keel.Domain.Tests;

public class GameDeciderTests
{
    private static readonly RoomId Room = RoomId.Global(4);
    private static readonly Table Table = new([new TakenSeat(1, PlayerId.Parse("ada")), new TakenSeat(2, PlayerId.Parse("bob"))]);
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static DeciderSpec<GameDecider, GameCommand, Game, GameEvent, NoRejection> Spec() => new();

    [Fact]
    public void AFilledRoomStartsAGame() =>
        Spec().When(new GameCommand.Start(Room, Table, 96, Monday)).Then(new GameEvent.Started(Room, Table, 96, Monday));

    [Fact]
    public void AGameStartsOnce() =>
        Spec().Given(new GameEvent.Started(Room, Table, 96, Monday))
            .When(new GameCommand.Start(Room, Table, 96, Monday.AddSeconds(3))).Then();
}
