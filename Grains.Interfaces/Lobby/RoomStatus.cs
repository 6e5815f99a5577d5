namespace Keel.Grains.Interfaces.Lobby;

/// <summary>Whether a room still takes players.</summary>
[GenerateSerializer, Alias("keel.lobby.room-status.v1")]
public enum RoomStatus
{
    Waiting = 1,
    Playing = 2,
}
