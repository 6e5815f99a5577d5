using Keel.Domain.Games;
using Keel.Domain.Lobby;
using Keel.Grains.Interfaces.Games;

namespace Keel.Grains.Games;

/// <summary>One game's match: the engine's decisions, with the dice drawn here (the host's entropy), delivered on the Games namespace.</summary>
[GrainType("keel.games.match")]
internal sealed class MatchGrain(AggregateServices keel, IDice dice)
    : AggregateGrain<MatchDecider, Match, MatchCommand, MatchEvent, MatchRejection>(keel), IMatchGrain
{
    protected override string? StreamNamespace => GamesService.Name;

    /// <summary>A match is played turn after turn: its activation stays between them.</summary>
    protected override bool DeactivateAfter(Decision<MatchEvent, MatchRejection> decision) => State is Match.Finished;

    public Task<CommandResult<MatchView>> DealAsync(MatchCommand.Deal command) => RunAsync(command);

    public Task<CommandResult<MatchView>> RollAsync(PlayerId player)
    {
        var (first, second) = dice.Roll();
        return RunAsync(new MatchCommand.Roll(player, first, second));
    }

    public Task<CommandResult<MatchView>> BuyAsync(MatchCommand.Buy command) => RunAsync(command);

    public Task<CommandResult<MatchView>> DeclineAsync(MatchCommand.Decline command) => RunAsync(command);

    public Task<CommandResult<MatchView>> ResignAsync(MatchCommand.Resign command) => RunAsync(command);

    public Task<MatchView?> GetAsync() => Task.FromResult(MatchView.Of(StreamKey, State));

    private async Task<CommandResult<MatchView>> RunAsync(MatchCommand command) =>
        (await ExecuteAsync(command)).ToResult(() => MatchView.Of(StreamKey, State)!);
}
