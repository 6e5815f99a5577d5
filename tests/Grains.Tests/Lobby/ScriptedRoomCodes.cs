using System.Collections.Concurrent;
using Keel.Domain.Lobby;
using Keel.Grains.Lobby;

namespace Keel.Grains.Tests;

/// <summary>Friends-room codes: the queued ones first (to make codes collide), then random ones.</summary>
internal sealed class ScriptedRoomCodes : IRoomCodes
{
    private readonly ConcurrentQueue<RoomCode> _next = new();

    public void Enqueue(params RoomCode[] codes)
    {
        foreach (var code in codes)
        {
            _next.Enqueue(code);
        }
    }

    public RoomCode Next() => _next.TryDequeue(out var code) ? code : RandomRoomCodes.Instance.Next();
}
