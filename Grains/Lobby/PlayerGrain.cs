using Keel.Domain.Lobby;
using Keel.Grains.Interfaces.Lobby;

namespace Keel.Grains.Lobby;

/// <summary>
/// A player: takes the seat first (the room decides), then records it, leaving the room sat in before. A crash
/// between the steps is repaired by repeating the join: the room's seat and the player's record are both idempotent.
/// A refused join is recorded too, so that the player's connections hear of it.
/// </summary>
[GrainType("keel.lobby.player")]
internal sealed class PlayerGrain(AggregateServices keel, IRoomCodes codes)
    : AggregateGrain<PlayerDecider, Player, PlayerCommand, PlayerEvent, NoRejection>(keel), IPlayerGrain
{
    private const int CodeAttempts = 5;

    private PlayerId Id => PlayerId.Parse(StreamKey);

    /// <summary>A player in the lobby sends several commands in a row: keep the activation (collected when idle).</summary>
    protected override bool DeactivateAfter(Decision<PlayerEvent, NoRejection> decision) => false;

    /// <summary>A room the decider gives up is left before that is recorded, so a failure leaves the record as it was.</summary>
    protected override async Task BeforeRecordAsync(IReadOnlyList<PlayerEvent> events)
    {
        foreach (var unseated in events.OfType<PlayerEvent.Unseated>())
        {
            await GrainFactory.GetGrain<IRoomGrain>(unseated.RoomId.Value).LeaveAsync(Id.Value);
        }
    }

    public async Task<CommandResult<JoinedRoom>> JoinAsync(JoinRoom command)
    {
        var (seated, opened) = !RoomAddress.TryParse(command.Address, out var address, out var bad)
            ? (CommandResult<RoomView>.Reject(bad), false)
            : address switch
            {
                RoomAddress.NewFriendsRoom n => (await OpenFriendsRoomAsync(n.Seats), true),
                RoomAddress.FriendsRoom f => (await GrainFactory.GetGrain<IRoomGrain>(RoomId.Friends(f.Code).Value).JoinAsync(Id.Value), false),
                _ => (await GrainFactory.GetGrain<IGlobalRoomsGrain>(RoomAddress.GlobalSeats).JoinAsync(Id.Value), false),
            };
        if (!seated.IsAccepted)
        {
            await ExecuteAsync(new PlayerCommand.RecordRefusal(command.Address, (RoomRejection)seated.Reason!));
            return CommandResult<JoinedRoom>.Reject(seated.Rejection);
        }
        await ExecuteAsync(new PlayerCommand.JoinRoom(RoomId.Parse(seated.Value.RoomId)));
        return CommandResult<JoinedRoom>.Accept(new JoinedRoom(seated.Value, opened));
    }

    public Task<PlayerView> LeaveAllRoomsAsync() => RunAsync(new PlayerCommand.LeaveAllRooms());

    public Task<PlayerView> UpdateWaitModeAsync(UpdateWaitMode command) => RunAsync(new PlayerCommand.UpdateWaitMode(command.Mode));

    public Task<PlayerView> GoOfflineAsync() => RunAsync(new PlayerCommand.GoOffline());

    public Task<PlayerView> GoOnlineAsync() => RunAsync(new PlayerCommand.GoOnline());

    public Task<PlayerView> GetAsync() => Task.FromResult(PlayerView.Of(Id, State));

    private async Task<PlayerView> RunAsync(PlayerCommand command)
    {
        await ExecuteAsync(command);
        return PlayerView.Of(Id, State);
    }

    /// <summary>Opens a room under a fresh code; a code drawn twice is drawn again.</summary>
    private async Task<CommandResult<RoomView>> OpenFriendsRoomAsync(int seats)
    {
        for (var attempt = 1; ; attempt++)
        {
            var room = GrainFactory.GetGrain<IRoomGrain>(RoomId.Friends(codes.Next()).Value);
            var opened = await room.OpenAsync(Id.Value, seats);
            if (opened.Reason is not RoomRejection.AlreadyOpen || attempt == CodeAttempts)
            {
                return opened;
            }
        }
    }
}
