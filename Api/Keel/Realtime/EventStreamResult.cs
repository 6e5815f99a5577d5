using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;

namespace Keel.Api.Realtime;

/// <summary>
/// A watch served as Server-Sent Events, written straight into the response's pipe (<c>id:</c>, <c>event:</c>, one
/// <c>data:</c> line of JSON, a blank line), each message flushed as it is written. The pipe's memory is pooled and
/// handed back once a message is sent, so an idle connection holds no buffer of its own (the framework's SSE formatter
/// keeps one, about 4 KB, for the life of every stream that has sent a message), and the session's loop is the only
/// state that waits. The stream ends when <paramref name="open"/> is cancelled: the client went away or its token expired.
/// </summary>
internal sealed class EventStreamResult(FeedSession session, string key, FeedCursor? resume, IDisposable place,
    CancellationTokenSource open, JsonSerializerOptions json) : IResult, IStatusCodeHttpResult
{
    private static readonly byte[] IdField = "id: "u8.ToArray();
    private static readonly byte[] EventField = "event: "u8.ToArray();
    private static readonly byte[] DataField = "data: "u8.ToArray();

    public int? StatusCode => StatusCodes.Status200OK;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        using var _ = place;
        using var __ = session;
        using var ___ = open;
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache,no-store";
        response.Headers.Pragma = "no-cache";
        response.Headers.ContentEncoding = "identity";
        httpContext.Features.GetRequiredFeature<IHttpResponseBodyFeature>().DisableBuffering();
        var pipe = response.BodyWriter;
        try
        {
            // Listening first: what the client does once it has the headers is in the stream. The headers go out
            // then, not with the first message: a watcher may wait long for one.
            await session.OpenAsync(key, resume);
            await pipe.FlushAsync(open.Token);
            await session.RunAsync((message, cancellationToken) => SendAsync(pipe, message, cancellationToken), open.Token);
        }
        catch (OperationCanceledException) when (open.IsCancellationRequested)
        {
            // The client went away, or its token expired: it reconnects (with a fresh one) from its last event id.
        }
    }

    private ValueTask SendAsync(PipeWriter pipe, WatchMessage message, CancellationToken cancellationToken)
    {
        if (message.Id is { } id)
        {
            Field(pipe, IdField, id);
        }
        Field(pipe, EventField, message.Event);
        pipe.Write(DataField);
        using (var writer = new Utf8JsonWriter(pipe))   // compact JSON: one line, as a data field must be
        {
            JsonSerializer.Serialize(writer, message.Data, json);
        }
        pipe.Write("\n\n"u8);
        var flushing = pipe.FlushAsync(cancellationToken);
        return flushing.IsCompletedSuccessfully ? default : new ValueTask(flushing.AsTask());
    }

    /// <summary>A field whose value is ours (a name or an id: no line breaks), on one line.</summary>
    private static void Field(PipeWriter pipe, byte[] name, string value)
    {
        pipe.Write(name);
        var span = pipe.GetSpan(Encoding.UTF8.GetMaxByteCount(value.Length) + 1);
        var written = Encoding.UTF8.GetBytes(value, span);
        span[written] = (byte)'\n';
        pipe.Advance(written + 1);
    }
}
