
namespace Keel.Grains.Interfaces.Games;

/// <summary>One game, keyed by its game id (the id of the room it was played from).</summary>
[Alias("keel.games.IGameGrain")]
public interface IGameGrain : IGrainWithStringKey
{
    /// <summary>Starts the game for a table; starting it again changes nothing.</summary>
    [Alias("start")]
    Task StartAsync(StartGame command);

    /// <summary>The game, or null when it has not started.</summary>
    [Alias("get"), ReadOnly]
    Task<GameView?> GetAsync();
}
