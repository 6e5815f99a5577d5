using System.Net.ServerSentEvents;
using System.Threading.Channels;
using Keel.Bench.BaselineSse;

// The Lobby's realtime path written by hand, the baseline of bench/lobby.sh: the same routes and messages as Keel's
// Lobby (join a friends room, leave it, follow one's room over Server-Sent Events), the rooms in a dictionary, each
// change sent at once to the connections of the room's seated players through a bounded channel per connection. No
// Orleans, no event log, no authentication, no replay.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
var lobby = new Rooms();

var player = app.MapGroup("/api/v1/lobby/players/{playerId}");
player.MapPost("/join", (string playerId, JoinRoom command) => lobby.Join(playerId, command.Address) switch
{
    { Opened: true } joined => Results.Created($"/api/v1/lobby/rooms/{joined.Room!.RoomId}", joined.Room),
    { Room: { } room } => Results.Ok(room),
    var refused => Results.Problem(statusCode: refused.Status, detail: refused.Problem),
});
player.MapPost("/leave", (string playerId) =>
{
    lobby.Leave(playerId);
    return Results.Ok(new { playerId });
});
player.MapGet("/events", (string playerId, HttpContext http, CancellationToken aborted) =>
{
    var feed = Channel.CreateBounded<SseItem<object>>(new BoundedChannelOptions(256) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    lobby.Connect(playerId, feed);
    return TypedResults.ServerSentEvents(StreamAsync(http, playerId, feed, aborted));
});
app.MapGet("/alive", () => Results.Ok());
app.Run();

async IAsyncEnumerable<SseItem<object>> StreamAsync(
    HttpContext http, string playerId, Channel<SseItem<object>> feed, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken aborted)
{
    try
    {
        await http.Response.Body.FlushAsync(aborted);   // the headers now, as Keel does
        await foreach (var message in feed.Reader.ReadAllAsync(aborted))
        {
            yield return message;
        }
    }
    finally
    {
        lobby.Disconnect(playerId, feed);
    }
}
