using System.Net.ServerSentEvents;
using System.Net.WebSockets;
using System.Text.Json;
using Keel.Api.Auth;
using Keel.Api.Http;
using Keel.Api.Lobby.Realtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebSockets;
using Microsoft.Extensions.Options;

namespace Keel.Api.Lobby;

/// <summary>The Lobby's realtime edge: a player's connection (Server-Sent Events, or a WebSocket) receives their room's changes as they happen.</summary>
[ServiceEndpoints]
public static class LobbyRealtimeEndpoints
{
    public static RouteGroupBuilder MapLobbyRealtimeEndpoints(this IEndpointRouteBuilder routes)
    {
        var hub = ActivatorUtilities.CreateInstance<LobbyHub>(routes.ServiceProvider);
        routes.ServiceProvider.GetRequiredService<IHostApplicationLifetime>().ApplicationStopped.Register(hub.Dispose);
        // Browsers cannot set headers on EventSource or WebSocket: the token may come as ?access_token=.
        var player = routes.MapGroup($"/lobby/players/{{{Players.RouteValue}}}").WithTags("Lobby").DocumentsPlayer()
            .ForThemselves().AcceptsTokenInQuery();
        player.MapGet("/events", (HttpContext http, CancellationToken aborted) => EventsAsync(http, hub, aborted))
            .WithName("LobbyEvents")
            .WithSummary("Follow the player's room (Server-Sent Events)")
            .WithDescription(LobbyMessages.Description)
            .Produces<string>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesValidationProblem();
        player.MapGet("/socket", (HttpContext http, ILoggerFactory loggers) => SocketAsync(http, hub, loggers))
            .WithName("LobbySocket")
            .WithSummary("Follow the player's room (WebSocket)")
            .WithDescription("The same messages as the event stream, one JSON text frame each: `{\"id\", \"event\", \"data\"}`. " +
                "Reconnect with `?lastEventId={id}` to receive what was missed.")
            .Produces(StatusCodes.Status101SwitchingProtocols)
            .ProducesValidationProblem();
        return player;
    }

    internal static async Task<Results<ServerSentEventsResult<object>, ProblemHttpResult>> EventsAsync(
        HttpContext http, LobbyHub hub, CancellationToken aborted)
    {
        if (Players.PlayerOf(http) is not { } player)
        {
            return Problems.Invalid(Players.RouteValue, LobbyEndpoints.BadPlayer);
        }
        var feed = await hub.ConnectAsync(player, http.Request.Headers["Last-Event-ID"].FirstOrDefault());
        return TypedResults.ServerSentEvents(StreamAsync(http, feed, hub, aborted));
    }

    private static async IAsyncEnumerable<SseItem<object>> StreamAsync(
        HttpContext http, PlayerFeed feed, LobbyHub hub, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken aborted)
    {
        try
        {
            // The headers go out now, not with the first message: a player in no room may wait long for one.
            await http.Response.Body.FlushAsync(aborted);
            await foreach (var message in feed.ReadAllAsync(aborted))
            {
                yield return message;
            }
        }
        finally
        {
            await hub.DisconnectAsync(feed);
        }
    }

    /// <summary>Accepts the WebSocket here, so the Lobby needs no middleware of the host's.</summary>
    private static Task SocketAsync(HttpContext http, LobbyHub hub, ILoggerFactory loggers) =>
        new WebSocketMiddleware(context => ServeSocketAsync(context, hub), Options.Create(new WebSocketOptions()), loggers).Invoke(http);

    private static async Task ServeSocketAsync(HttpContext http, LobbyHub hub)
    {
        if (Players.PlayerOf(http) is not { } player)
        {
            await Problems.Invalid(Players.RouteValue, LobbyEndpoints.BadPlayer).ExecuteAsync(http);
            return;
        }
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await Problems.Invalid("connection", "This endpoint takes a WebSocket upgrade; use /events for Server-Sent Events.").ExecuteAsync(http);
            return;
        }
        var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var feed = await hub.ConnectAsync(player, http.Request.Query["lastEventId"].FirstOrDefault());
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var reading = DrainAsync(socket, closed);
        try
        {
            await foreach (var message in feed.ReadAllAsync(closed.Token))
            {
                var frame = JsonSerializer.SerializeToUtf8Bytes(new { id = message.EventId, @event = message.EventType, data = message.Data }, json);
                await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, closed.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The client went away.
        }
        finally
        {
            await hub.DisconnectAsync(feed);
            await reading;
        }
        if (socket.State == WebSocketState.CloseReceived)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
    }

    /// <summary>Reads (and ignores) what the client sends until it closes, then stops the sending side.</summary>
    private static async Task DrainAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (!closed.IsCancellationRequested && (await socket.ReceiveAsync(buffer, closed.Token)).MessageType != WebSocketMessageType.Close)
            {
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closed either way.
        }
        await closed.CancelAsync();
    }
}
