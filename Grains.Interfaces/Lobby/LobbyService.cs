namespace Keel.Grains.Interfaces.Lobby;

/// <summary>The Lobby service: its name is also the stream namespace its rooms' events are delivered on.</summary>
public static class LobbyService
{
    public const string Name = "lobby";
}
