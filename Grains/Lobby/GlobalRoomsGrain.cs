using Keel.Grains.Interfaces.Lobby;
using Keel.Domain.Lobby;

namespace Keel.Grains.Lobby;

/// <summary>
/// The shared two-player rooms: seats a player in the open room (opening it on first use) and moves on to the next
/// room when it fills. One activation takes the joins one at a time, so two players never race for the last seat here.
/// </summary>
[GrainType("keel.lobby.global-rooms")]
internal sealed class GlobalRoomsGrain(AggregateServices keel)
    : AggregateGrain<GlobalRoomsDecider, GlobalRooms, GlobalRoomsCommand, GlobalRoomsEvent, NoRejection>(keel), IGlobalRoomsGrain
{
    /// <summary>Every join of a shared room passes here: keep the activation.</summary>
    protected override bool DeactivateAfter(Decision<GlobalRoomsEvent, NoRejection> decision) => false;

    public async Task<CommandResult<RoomView>> JoinAsync(string playerId)
    {
        var result = await JoinOpenRoomAsync(playerId);
        if (result.Reason is RoomRejection.AlreadyFull)
        {
            await ExecuteAsync(new GlobalRoomsCommand.OpenNext(State.Open));
            result = await JoinOpenRoomAsync(playerId);
        }
        if (result.Value?.Status == RoomStatus.Playing)
        {
            await ExecuteAsync(new GlobalRoomsCommand.OpenNext(State.Open));
        }
        return result;
    }

    private async Task<CommandResult<RoomView>> JoinOpenRoomAsync(string playerId)
    {
        var room = GrainFactory.GetGrain<IRoomGrain>(State.OpenRoom.Value);
        var joined = await room.JoinAsync(playerId);
        return joined.Reason is RoomRejection.NotExist ? await room.OpenAsync(playerId, RoomAddress.GlobalSeats) : joined;
    }
}
