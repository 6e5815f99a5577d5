using Keel.Domain.Games;
using Keel.Domain.Lobby;

namespace Keel.Grains.Interfaces.Games;

/// <summary>The match of one game, keyed by the game's id: turns, dice, lots, rent, final ranks.</summary>
[Alias("keel.games.IMatchGrain")]
public interface IMatchGrain : IGrainWithStringKey
{
    /// <summary>Deals the match to the table of a room that filled up; dealing it again is refused and changes nothing.</summary>
    [Alias("deal")]
    Task<CommandResult<MatchView>> DealAsync(MatchCommand.Deal command);

    /// <summary><paramref name="player"/> rolls the dice the game draws for them.</summary>
    [Alias("roll")]
    Task<CommandResult<MatchView>> RollAsync(PlayerId player);

    [Alias("buy")]
    Task<CommandResult<MatchView>> BuyAsync(MatchCommand.Buy command);

    [Alias("decline")]
    Task<CommandResult<MatchView>> DeclineAsync(MatchCommand.Decline command);

    [Alias("resign")]
    Task<CommandResult<MatchView>> ResignAsync(MatchCommand.Resign command);

    /// <summary>The match, or null when it has not been dealt.</summary>
    [Alias("get"), ReadOnly]
    Task<MatchView?> GetAsync();
}
