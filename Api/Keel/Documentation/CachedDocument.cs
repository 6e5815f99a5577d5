namespace Keel.Api.Documentation;

/// <summary>
/// <c>/openapi/v1.json</c> is built once, on its first request, and then served from memory: building it took about
/// 20 ms of CPU, for any anonymous client, on every request. The document depends on nothing of the request
/// (<see cref="ServerUrlTransformer"/>), so every client gets the same bytes.
/// </summary>
internal static class CachedDocument
{
    public const string Path = "/openapi/v1.json";

    public static IApplicationBuilder UseKeelCachedDocument(this IApplicationBuilder app)
    {
        Document? cached = null;
        // Every other request passes straight on (no state machine of this middleware lives as long as a stream).
        return app.Use((context, next) =>
            HttpMethods.IsGet(context.Request.Method) && context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase)
                ? ServeAsync(context, next)
                : next(context));

        async Task ServeAsync(HttpContext context, RequestDelegate next)
        {
            var response = context.Response;
            if (Volatile.Read(ref cached) is not { } document)
            {
                var original = response.Body;
                using var buffer = new MemoryStream();
                response.Body = buffer;
                try
                {
                    await next(context);
                }
                finally
                {
                    response.Body = original;
                }
                if (response.StatusCode != StatusCodes.Status200OK)
                {
                    buffer.Position = 0;
                    await buffer.CopyToAsync(original, context.RequestAborted);
                    return;
                }
                document = new Document(buffer.ToArray(), response.ContentType);
                Volatile.Write(ref cached, document);
            }
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = document.ContentType;
            response.ContentLength = document.Body.Length;
            await response.Body.WriteAsync(document.Body, context.RequestAborted);
        }
    }

    private sealed record Document(byte[] Body, string? ContentType);
}
