using Keel.Grains.Interfaces.Lobby;
using Keel.Grains.Interfaces;
using Keel.Domain;
using Keel.Domain.Lobby;
using Keel.Grains.Messaging;
using Keel.Grains.Placement;

namespace Keel.Grains.Lobby;

/// <summary>
/// A player: takes the seat first (the room decides), then records it, leaving the room sat in before. A crash
/// between the steps is repaired by repeating the join: the room's seat and the player's record are both idempotent.
/// </summary>
[KeelService(LobbyService.Name)]
[GrainType("keel.lobby.player")]
internal sealed class PlayerGrain(AggregateServices keel, IRoomCodes codes)
    : AggregateGrain<PlayerDecider, Player, PlayerCommand, PlayerEvent, NoRejection>(keel), IPlayerGrain
{
    private const int CodeAttempts = 5;

    private PlayerId Id => PlayerId.Parse(StreamKey);

    /// <summary>A player in the lobby sends several commands and is read by the realtime gateway: keep the activation (collected when idle).</summary>
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
        if (!RoomAddress.TryParse(command.Address, out var address, out var bad))
        {
            return await FailedAsync(command, Rejection.Of(bad));
        }
        var (seated, opened) = address switch
        {
            RoomAddress.NewFriendsRoom n => (await OpenFriendsRoomAsync(n.Seats), true),
            RoomAddress.FriendsRoom f => (await GrainFactory.GetGrain<IRoomGrain>(RoomId.Friends(f.Code).Value).JoinAsync(Id.Value), false),
            _ => (await GrainFactory.GetGrain<IGlobalRoomsGrain>(RoomAddress.GlobalSeats).JoinAsync(Id.Value), false),
        };
        if (!seated.IsAccepted)
        {
            return await FailedAsync(command, seated.Rejection);
        }
        await RunAsync(new PlayerCommand.JoinRoom(RoomId.Parse(seated.Value.RoomId)));
        return CommandResult<JoinedRoom>.Accept(new JoinedRoom(seated.Value, opened));
    }

    public Task<PlayerView> LeaveAllRoomsAsync() => RunAsync(new PlayerCommand.LeaveAllRooms());

    public Task<PlayerView> UpdateWaitModeAsync(UpdateWaitMode command) =>
        RunAsync(new PlayerCommand.UpdateWaitMode(Enum.IsDefined(command.Mode)
            ? (WaitMode)command.Mode
            : throw new ArgumentOutOfRangeException(nameof(command), command.Mode, "Unknown wait mode.")));

    public Task<PlayerView> GoOfflineAsync() => RunAsync(new PlayerCommand.GoOffline());

    public Task<PlayerView> GetAsync() => Task.FromResult(LobbyContracts.ToView(Id, State));

    /// <summary>Runs the command; a seat change is told to the gateways following this player, after it is recorded.</summary>
    private async Task<PlayerView> RunAsync(PlayerCommand command)
    {
        var before = State.RoomId;
        await ExecuteAsync(command);
        if (State.RoomId != before)
        {
            await TellWatchersAsync(watchers => watchers.PublishPlayerMovedAsync(Id.Value));
        }
        return LobbyContracts.ToView(Id, State);
    }

    private async Task<CommandResult<JoinedRoom>> FailedAsync(JoinRoom command, Rejection rejection)
    {
        await TellWatchersAsync(watchers => watchers.PublishJoinFailedAsync(Id.Value, new JoinFailure(command.Address ?? "", rejection.Code, rejection.Detail)));
        return CommandResult<JoinedRoom>.Reject(rejection);
    }

    /// <summary>Realtime news is best effort: the command's outcome does not depend on it.</summary>
    private async Task TellWatchersAsync(Func<ILobbyWatchersGrain, Task> tell)
    {
        try
        {
            await tell(GrainFactory.GetGrain<ILobbyWatchersGrain>(LobbyWatch.Player(Id.Value)));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A gateway that missed a move finds it when it renews its registration (it reads the player again).
        }
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
