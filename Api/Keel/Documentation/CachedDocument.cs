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
        return app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) || !context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }
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
        });
    }

    private sealed record Document(byte[] Body, string? ContentType);
}
