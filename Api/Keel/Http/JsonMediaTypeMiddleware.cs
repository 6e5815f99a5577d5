using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Keel.Api.Http;

/// <summary>
/// Strict request media types for every endpoint that reads a body: the Content-Type must be one the endpoint accepts,
/// exactly (ASP.NET Core alone would take any <c>+json</c> type, <c>application/problem+json</c> included), and its
/// charset, when given, UTF-8 or US-ASCII. Anything else is 415 problem details naming what was sent, before a byte of
/// the body is read (an unknown charset would otherwise fail deep in the JSON reader).
/// </summary>
internal sealed class JsonMediaTypeMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    private const int Shown = 100;

    private const string Json = "application/json";

    // Routing answers a request no endpoint accepts the media type of with an endpoint of its own that only sets 415.
    private const string RoutingRejection = "415 HTTP Unsupported Media Type";

    private static readonly string[] Charsets = ["utf-8", "utf8", "us-ascii"];

    /// <summary>A request that passes is handed on as it is: nothing of this middleware waits as long as a stream lives.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        var sent = context.Request.Headers.ContentType;
        var rejectedByRouting = endpoint?.DisplayName == RoutingRejection;
        var accepted = rejectedByRouting ? [Json] : endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? [];
        if (accepted.Count == 0 || (sent.Count == 0 && !rejectedByRouting))
        {
            // No body expected, or none announced: binding answers a missing or unannounced body itself.
            return next(context);
        }
        var media = "";
        var refusal = sent.Count == 0
            ? $"A body needs a Content-Type; send {Json} (UTF-8)."
            : Refuse(sent.ToString(), accepted, out media) ?? (rejectedByRouting ? $"Send {Json} (UTF-8)." : null);
        if (refusal is null)
        {
            // ASP.NET Core looks the charset up again and fails on names it does not know ("utf8", "UTF-8" quoted):
            // what passed here is UTF-8, which is what JSON without a charset means.
            context.Request.ContentType = media;
            return next(context);
        }
        context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status415UnsupportedMediaType, Detail = refusal },
        }).AsTask();
    }

    private static string? Refuse(string contentType, IReadOnlyList<string> accepted, out string accept)
    {
        accept = "";
        var expected = string.Join(" or ", accepted);
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || media.MediaType.Length == 0)
        {
            return $"The Content-Type '{Shorten(contentType)}' is not a media type; send {expected} (UTF-8).";
        }
        if (!accepted.Any(a => media.MediaType.Equals(a, StringComparison.OrdinalIgnoreCase)))
        {
            return $"The media type '{Shorten(media.MediaType.Value)}' is not accepted here; send {expected} (UTF-8).";
        }
        foreach (var charset in media.Parameters.Where(p => p.Name.Equals("charset", StringComparison.OrdinalIgnoreCase)))
        {
            var name = charset.Value.HasValue ? HeaderUtilities.RemoveQuotes(charset.Value).ToString().Trim() : "";
            if (!Charsets.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                return $"The charset '{Shorten(name)}' is not supported; send {expected} in UTF-8 (with charset=utf-8 or none).";
            }
        }
        accept = media.MediaType.Value!;
        return null;
    }

    private static string Shorten(string? text) =>
        text is null ? "" : text.Length <= Shown ? text : string.Concat(text.AsSpan(0, Shown), "…");
}
