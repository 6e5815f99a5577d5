using System.Collections.Concurrent;
using System.Net.ServerSentEvents;
using System.Security.Cryptography;
using System.Threading.Channels;

namespace Keel.Bench.BaselineSse;

/// <summary>A request to take a seat: <c>friends:new:{seats}</c> or <c>friends:{code}</c>, as in Keel.</summary>
internal sealed record JoinRoom(string Address);

internal sealed record RoomView(string RoomId, string Address, int Seats, IReadOnlyList<string> Players);

internal sealed record PlayerJoinedRoom(string RoomId, string PlayerId, int Seat);

internal sealed record PlayerLeftRoom(string RoomId, string PlayerId, int Seat, int Refund);

internal sealed record JoinResult(RoomView? Room, bool Opened, int Status = 200, string? Problem = null);

/// <summary>Every room and player of the process, in memory; one lock per room, one per player's connections.</summary>
internal sealed class Rooms
{
    private const int BuyIn = 100;

    private readonly ConcurrentDictionary<string, Room> _rooms = new();
    private readonly ConcurrentDictionary<string, Player> _players = new();

    public JoinResult Join(string playerId, string address)
    {
        var parts = address.Split(':');
        Room? room;
        var opened = false;
        if (parts is ["friends", "new", var n] && int.TryParse(n, out var seats) && seats is >= 2 and <= 6)
        {
            var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(4));
            room = _rooms[code] = new Room($"friends-{code}", $"friends:{code}", seats);
            opened = true;
        }
        else if (parts is ["friends", var code] && _rooms.TryGetValue(code, out room))
        {
        }
        else
        {
            return new JoinResult(null, false, 404, $"No room at {address}.");
        }
        var player = _players.GetOrAdd(playerId, _ => new Player());
        if (player.Room is { } previous && previous != room)
        {
            Leave(playerId);
        }
        lock (room)
        {
            if (room.Seated.Contains(playerId))
            {
                return new JoinResult(room.View(), false);
            }
            if (room.Seated.Count == room.Seats)
            {
                return new JoinResult(null, false, 409, "The room is full.");
            }
            // The others hear of the join; the joiner gets the room as it now is (what Keel sends a watcher who moves in).
            Broadcast(room, new PlayerJoinedRoom(room.RoomId, playerId, room.Seated.Count + 1), "player-joined");
            room.Seated.Add(playerId);
            player.Room = room;
            Send(player, new SseItem<object>(room.View(), "room") { EventId = $"{room.RoomId}/{room.Version}" });
            return new JoinResult(room.View(), opened);
        }
    }

    public void Leave(string playerId)
    {
        if (!_players.TryGetValue(playerId, out var player) || player.Room is not { } room)
        {
            return;
        }
        lock (room)
        {
            var seat = room.Seated.IndexOf(playerId);
            if (seat < 0)
            {
                return;
            }
            Broadcast(room, new PlayerLeftRoom(room.RoomId, playerId, seat + 1, BuyIn), "player-left");
            room.Seated.RemoveAt(seat);
            player.Room = null;
        }
    }

    public void Connect(string playerId, Channel<SseItem<object>> feed)
    {
        var player = _players.GetOrAdd(playerId, _ => new Player());
        lock (player.Feeds)
        {
            player.Feeds.Add(feed);
        }
    }

    public void Disconnect(string playerId, Channel<SseItem<object>> feed)
    {
        if (_players.TryGetValue(playerId, out var player))
        {
            lock (player.Feeds)
            {
                player.Feeds.Remove(feed);
            }
        }
        feed.Writer.TryComplete();
    }

    /// <summary>To every connection of every seated player (the room's lock is held: messages go out in order).</summary>
    private void Broadcast(Room room, object @event, string name)
    {
        var message = new SseItem<object>(@event, name) { EventId = $"{room.RoomId}/{++room.Version}" };
        foreach (var seated in room.Seated)
        {
            if (_players.TryGetValue(seated, out var player))
            {
                Send(player, message);
            }
        }
    }

    private static void Send(Player player, SseItem<object> message)
    {
        lock (player.Feeds)
        {
            foreach (var feed in player.Feeds)
            {
                if (!feed.Writer.TryWrite(message))
                {
                    feed.Writer.TryComplete();   // a client that does not keep up is closed, as in Keel
                }
            }
        }
    }

    private sealed class Room(string roomId, string address, int seats)
    {
        public string RoomId { get; } = roomId;

        public int Seats { get; } = seats;

        public List<string> Seated { get; } = [];

        public long Version { get; set; }

        public RoomView View() => new(RoomId, address, Seats, [.. Seated]);
    }

    private sealed class Player
    {
        public List<Channel<SseItem<object>>> Feeds { get; } = [];

        public Room? Room { get; set; }
    }
}
