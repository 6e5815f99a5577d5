using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebSockets;
using Microsoft.Extensions.Options;

namespace Keel.Api.Realtime;

/// <summary>
/// Serves a service's <see cref="IWatch"/> to clients: <c>…/events</c> as Server-Sent Events and <c>…/socket</c> as a
/// WebSocket (one JSON text frame per message: <c>{"id", "event", "data"}</c>). Both take the token as
/// <c>?access_token=</c> (browsers cannot set headers there), resume from <c>Last-Event-ID</c> (<c>?lastEventId=</c>),
/// close when the token expires, and count against the caller's and the process's ceilings.
/// </summary>
public static class RealtimeEndpoints
{
    public static RouteGroupBuilder MapWatch(this IEndpointRouteBuilder routes, IWatch watch, WatchRoutes names,
        Func<HttpContext, ValueTask<WatchTarget>> target)
    {
        var group = routes.MapGroup("").AcceptsTokenInQuery();
        var messages = watch.MessageNames.Concat(watch.Followed?.MessageNames ?? []).Distinct().Select(n => $"`{n}`");
        var described = $"{names.Description} Messages: {string.Join(", ", messages)}. A new connection is first sent a view of the state, "
            + "not its history; messages that can be resumed from carry an id `{key}/{version}`: reconnecting with `Last-Event-ID` "
            + "sends what was missed, in order, without repeats. The stream ends when the token expires.";
        group.MapGet("/events", (HttpContext http, CancellationToken aborted) => EventsAsync(http, watch, target, aborted))
            .WithName(names.EventsName)
            .WithSummary($"Follow {names.Summary} (Server-Sent Events)")
            .WithDescription(described)
            .Produces<string>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesValidationProblem();
        group.MapGet("/socket", (HttpContext http, ILoggerFactory loggers) => SocketAsync(http, watch, target, loggers))
            .WithName(names.SocketName)
            .WithSummary($"Follow {names.Summary} (WebSocket)")
            .WithDescription("The same messages as the event stream, one JSON text frame each: `{\"id\", \"event\", \"data\"}`. "
                + "Reconnect with `?lastEventId={id}` to receive what was missed.")
            .Produces(StatusCodes.Status101SwitchingProtocols)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesValidationProblem();
        return group;
    }

    private static async Task<Results<EventStreamResult, ProblemHttpResult>> EventsAsync(
        HttpContext http, IWatch watch, Func<HttpContext, ValueTask<WatchTarget>> target, CancellationToken aborted)
    {
        var (key, problem) = await target(http);
        if (key is null)
        {
            return problem!;
        }
        var (place, retryAfter) = Limits(http).TryOpen(CallerOf(http.User));
        if (place is null)
        {
            return TooMany(http, retryAfter);
        }
        var resume = FeedCursor.Parse(http.Request.Headers["Last-Event-ID"].FirstOrDefault());
        return new EventStreamResult(Session(http, watch), key, resume, Present(http, place), UntilTheTokenExpires(http, aborted), Json(http));
    }

    /// <summary>Accepts the WebSocket here, so a service needs no middleware of the host's.</summary>
    private static Task SocketAsync(HttpContext http, IWatch watch, Func<HttpContext, ValueTask<WatchTarget>> target, ILoggerFactory loggers) =>
        new WebSocketMiddleware(context => ServeSocketAsync(context, watch, target), Options.Create(new WebSocketOptions()), loggers).Invoke(http);

    private static async Task ServeSocketAsync(HttpContext http, IWatch watch, Func<HttpContext, ValueTask<WatchTarget>> target)
    {
        var (key, problem) = await target(http);
        if (key is null)
        {
            await problem!.ExecuteAsync(http);
            return;
        }
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await Problems.Invalid("connection", "This endpoint takes a WebSocket upgrade; use /events for Server-Sent Events.").ExecuteAsync(http);
            return;
        }
        var (place, retryAfter) = Limits(http).TryOpen(CallerOf(http.User));
        if (place is null)
        {
            await TooMany(http, retryAfter).ExecuteAsync(http);
            return;
        }
        using var _ = Present(http, place);
        var json = Json(http);
        using var session = Session(http, watch);
        // Listening first: what the client does once the socket is open is in the stream.
        await session.OpenAsync(key, FeedCursor.Parse(http.Request.Query["lastEventId"].FirstOrDefault()));
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var closed = UntilTheTokenExpires(http, http.RequestAborted);
        var reading = DrainAsync(socket, closed);
        try
        {
            // A send in flight when the client's close arrives finishes (a close handshake follows it): cancelling a
            // WebSocket operation aborts the socket, and the client would see a reset instead of its close answered.
            // Only a dropped connection cancels a send; the session stops at its next wait.
            await session.RunAsync((message, _) => new ValueTask(socket.SendAsync(
                JsonSerializer.SerializeToUtf8Bytes(new { id = message.Id, @event = message.Event, data = message.Data }, json),
                WebSocketMessageType.Text, endOfMessage: true, http.RequestAborted)), closed.Token);
        }
        catch (OperationCanceledException)
        {
            // The client went away, or its token expired.
        }
        finally
        {
            await closed.CancelAsync();
            await reading;
        }
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
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

    /// <summary>A stream lives no longer than the token it was opened with: the client reconnects with a fresh one.</summary>
    private static CancellationTokenSource UntilTheTokenExpires(HttpContext http, CancellationToken aborted)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        if (Tokens.ExpiryOf(http.User) is { } expires)
        {
            var left = expires - http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            source.CancelAfter(left > TimeSpan.Zero ? left : TimeSpan.Zero);
        }
        return source;
    }

    private static ProblemHttpResult TooMany(HttpContext http, TimeSpan retryAfter)
    {
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problems.Of(StatusCodes.Status429TooManyRequests, "realtime.too-many-streams",
            "Too many open streams for this caller, or opened too fast; close one or try again later.");
    }

    private static string CallerOf(ClaimsPrincipal caller) => Callers.IdOf(caller) ?? "anonymous";

    /// <summary>The connection's place, and the caller's presence while it is open (a caller with a subject only).</summary>
    private static IDisposable Present(HttpContext http, IDisposable place) =>
        Callers.IdOf(http.User) is { } caller
            ? new Both(place, http.RequestServices.GetRequiredService<PresenceTracker>().Open(caller))
            : place;

    private sealed class Both(IDisposable first, IDisposable second) : IDisposable
    {
        public void Dispose()
        {
            second.Dispose();
            first.Dispose();
        }
    }

    private static JsonSerializerOptions Json(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

    private static FeedSession Session(HttpContext http, IWatch watch) => new(
        http.RequestServices.GetRequiredService<StreamWatches>(), http.RequestServices.GetRequiredService<IGrainFactory>(), watch);

    private static RealtimeLimits Limits(HttpContext http) => http.RequestServices.GetRequiredService<RealtimeLimits>();
}
