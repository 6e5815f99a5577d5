using Keel.Domain.Lobby;

namespace Keel.Domain.Games;

public abstract record GameEvent : IEvent
{
    private GameEvent() { }

    [WireName("keel.games.game-started.v1")]
    public sealed record Started(RoomId RoomId, Table Table, int Pot, DateTimeOffset StartedAt) : GameEvent;
}
