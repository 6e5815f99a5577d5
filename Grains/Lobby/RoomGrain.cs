using Keel.Grains.Interfaces.Lobby;
using Keel.Domain.Lobby;

namespace Keel.Grains.Lobby;

[GrainType("keel.lobby.room")]
internal sealed class RoomGrain(AggregateServices keel)
    : AggregateGrain<RoomDecider, Room, RoomCommand, RoomEvent, RoomRejection>(keel), IRoomGrain
{
    private RoomId Id => RoomId.Parse(StreamKey);

    protected override string? StreamNamespace => LobbyService.Name;

    /// <summary>
    /// A room is joined by several players in a row: keep it while it is in use (collected when idle). A join of a
    /// code nobody opened (a guess) releases the activation at once, so guessing leaves nothing behind.
    /// </summary>
    protected override bool DeactivateAfter(Decision<RoomEvent, RoomRejection> decision) => State is Room.Unopened;

    public Task<CommandResult<RoomView>> OpenAsync(string playerId, int seats) =>
        RunAsync(new RoomCommand.Open(Id, seats, PlayerId.Parse(playerId)));

    public Task<CommandResult<RoomView>> JoinAsync(string playerId) => RunAsync(new RoomCommand.Join(Id, PlayerId.Parse(playerId)));

    public Task LeaveAsync(string playerId) => ExecuteAsync(new RoomCommand.Leave(PlayerId.Parse(playerId)));

    public Task<RoomView?> GetAsync() => Task.FromResult(RoomView.Of(State));

    private async Task<CommandResult<RoomView>> RunAsync(RoomCommand command)
    {
        var decision = await ExecuteAsync(command);
        return decision.ToResult(() => RoomView.Of(State)!);
    }
}
