using Keel.Domain.Lobby;

namespace Keel.Domain.Statistics;

/// <summary>A global room waiting for players; listed fullest first (the next to start a game).</summary>
/// <param name="Room">The room.</param>
/// <param name="Seats">Its seats.</param>
/// <param name="Taken">Seats taken so far.</param>
/// <param name="BuyIn">What a seat costs.</param>
public sealed record OpenRoom(RoomId Room, int Seats, int Taken, int BuyIn) : IRanked
{
    public long Rank => Taken;
}
