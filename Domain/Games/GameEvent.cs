using Keel.Domain.Lobby;

namespace Keel.Domain.Games;

public abstract record GameEvent
{
    private GameEvent() { }

    public sealed record Started(RoomId Room, Table Table, int Pot, DateTimeOffset StartedAt) : GameEvent;
}
