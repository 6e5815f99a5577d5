using System.Diagnostics;

namespace Keel.Api.Http;

/// <summary>Gives every problem response a stable code and the trace id operators ask for.</summary>
internal static class ProblemEnricher
{
    public static void Enrich(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (!problem.Extensions.ContainsKey("code"))
        {
            var code = problem.Status switch
            {
                StatusCodes.Status400BadRequest => "bad-request",
                StatusCodes.Status401Unauthorized => "unauthenticated",
                StatusCodes.Status403Forbidden => "forbidden",
                StatusCodes.Status404NotFound => "not-found",
                StatusCodes.Status405MethodNotAllowed => "method-not-allowed",
                StatusCodes.Status413PayloadTooLarge => "payload-too-large",
                StatusCodes.Status415UnsupportedMediaType => "unsupported-media-type",
                >= 500 => "internal-error",
                _ => $"http-{problem.Status}",
            };
            problem.Extensions["code"] = code;
            problem.Type ??= Problems.TypeFor(code);
            problem.Detail ??= problem.Status switch
            {
                StatusCodes.Status401Unauthorized =>
                    "This needs a bearer token (Authorization: Bearer <token>); locally: dotnet run -v q --project Api -- token --user <id>.",
                StatusCodes.Status403Forbidden => "The token is valid but its holder may not do this (the admin role is needed).",
                StatusCodes.Status413PayloadTooLarge => "The body is larger than Keel:Limits:MaxRequestBodyBytes allows.",
                _ => null,
            };
        }
        if (!problem.Extensions.ContainsKey("traceId"))
        {
            problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
        }
    }
}
