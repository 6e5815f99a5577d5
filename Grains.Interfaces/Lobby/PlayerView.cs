using Keel.Domain.Lobby;

namespace Keel.Grains.Interfaces.Lobby;

/// <summary>A player in the lobby.</summary>
/// <param name="PlayerId">The player.</param>
/// <param name="WaitMode">What going offline does to their seat.</param>
/// <param name="RoomId">The room the player took a seat in and has not left (it may be playing by now), or null.</param>
/// <param name="Online">Whether a realtime connection of theirs is open (or closed less than the grace period ago).</param>
[GenerateSerializer, Immutable, Alias("keel.lobby.player-view.v1")]
public sealed record PlayerView(
    [property: Id(0)] string PlayerId,
    [property: Id(1)] WaitMode WaitMode,
    [property: Id(2)] string? RoomId,
    [property: Id(3)] bool Online = false)
{
    public static PlayerView Of(PlayerId player, Player state) => new(player.Value, state.WaitMode, state.RoomId?.Value, state.Online);
}
