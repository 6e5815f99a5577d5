namespace Keel.Grains.Interfaces.Games;

/// <summary>The Games service: its name is also the stream namespace its events would be delivered on.</summary>
public static class GamesService
{
    public const string Name = "games";
}
