using System.Net.ServerSentEvents;
using System.Threading.Channels;
using Keel.Domain.Lobby;

namespace Keel.Api.Lobby.Realtime;

/// <summary>
/// One realtime connection of a player: the messages to send, and where in which room it has got to. A client that
/// cannot keep up is closed rather than buffered without bound; it reconnects with its last event id.
/// </summary>
internal sealed class PlayerFeed(PlayerId player, RoomCursor? resume)
{
    private const int Capacity = 256;

    private readonly Channel<SseItem<object>> _messages = Channel.CreateBounded<SseItem<object>>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public PlayerId Player { get; } = player;

    /// <summary>Where the client said it had got to when it connected (its Last-Event-ID), used once.</summary>
    public RoomCursor? Resume { get; set; } = resume;

    /// <summary>The room this connection follows, and the version of its last event sent.</summary>
    public RoomCursor? Position { get; set; }

    public void Send(SseItem<object> message)
    {
        if (!_messages.Writer.TryWrite(message))
        {
            _messages.Writer.TryComplete(new InvalidOperationException("The client did not keep up; it reconnects with its last event id."));
        }
    }

    public void Close() => _messages.Writer.TryComplete();

    public IAsyncEnumerable<SseItem<object>> ReadAllAsync(CancellationToken cancellationToken) => _messages.Reader.ReadAllAsync(cancellationToken);
}

/// <summary>A position in a room's events: the room and the version of the last event seen.</summary>
internal sealed record RoomCursor(string RoomId, long Version)
{
    /// <summary>Reads an event id (<c>{roomId}/{version}</c>, as the messages carry it).</summary>
    public static RoomCursor? Parse(string? eventId)
    {
        var slash = eventId?.LastIndexOf('/') ?? -1;
        return slash > 0 && long.TryParse(eventId.AsSpan(slash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version)
            ? new RoomCursor(eventId![..slash], version)
            : null;
    }
}
