using System.Security.Cryptography;
using Keel.Domain.Lobby;

namespace Keel.Grains.Lobby;

/// <summary>Draws the codes of new friends rooms. Tests register their own to make codes collide.</summary>
internal interface IRoomCodes
{
    RoomCode Next();
}

/// <summary>The default: codes drawn uniformly from all <see cref="RoomCode.Count"/> codes.</summary>
internal sealed class RandomRoomCodes : IRoomCodes
{
    public static RandomRoomCodes Instance { get; } = new();

    public RoomCode Next() => RoomCode.From(RandomNumberGenerator.GetInt32(RoomCode.Count));
}
