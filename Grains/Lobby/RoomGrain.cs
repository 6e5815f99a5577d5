using Keel.Grains.Interfaces.Lobby;
using Keel.Grains.Interfaces;
using Keel.Domain;
using Keel.Domain.Lobby;
using Keel.Grains.EventLog;
using Keel.Grains.Messaging;
using Keel.Grains.Placement;
using Microsoft.Extensions.DependencyInjection;

namespace Keel.Grains.Lobby;

[KeelService(LobbyService.Name)]
[GrainType("keel.lobby.room")]
internal sealed class RoomGrain(IEventLog log, TimeProvider clock)
    : AggregateGrain<RoomDecider, Room, RoomCommand, RoomEvent, RoomRejection>(log, clock), IRoomGrain
{
    private RoomId Id => RoomId.Parse(StreamKey);

    protected override string? StreamNamespace => LobbyService.Name;

    /// <summary>A room is joined by several players in a row: keep it while it is in use (collected when idle).</summary>
    protected override bool DeactivateAfter(Decision<RoomEvent, RoomRejection> decision) => false;

    public Task<CommandResult<RoomView>> OpenAsync(string playerId, int seats) =>
        RunAsync(new RoomCommand.Open(Id, seats, PlayerId.Parse(playerId)));

    public Task<CommandResult<RoomView>> JoinAsync(string playerId) => RunAsync(new RoomCommand.Join(Id, PlayerId.Parse(playerId)));

    public Task LeaveAsync(string playerId) => ExecuteAsync(new RoomCommand.Leave(PlayerId.Parse(playerId)));

    public async Task<IReadOnlyList<EventEnvelope>> GetEventsAfterAsync(long version)
    {
        // Rooms take no snapshots: the log holds every event of the room.
        var stored = await ServiceProvider.GetRequiredService<IEventLog>().LoadAsync(this.GetGrainId().ToString());
        return [.. stored.Events.Where(e => e.Version > version)];
    }

    public Task<RoomView?> GetAsync() => Task.FromResult(LobbyContracts.ToView(State));

    private async Task<CommandResult<RoomView>> RunAsync(RoomCommand command)
    {
        var decision = await ExecuteAsync(command);
        return decision.ToResult(() => LobbyContracts.ToView(State)!);
    }
}
