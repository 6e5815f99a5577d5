using System.Text.Json;
using Keel.Contracts.Messaging;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Keel.Api.Http;

/// <summary>Answers unreadable request bodies with 400 problem details that name the offending field.</summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        if (bad.StatusCode != StatusCodes.Status400BadRequest)
        {
            // 413 (body too large), 415 (not JSON), ...: the status says it; the enricher adds code and type.
            return await problems.WriteAsync(
                httpContext, new ProblemDetails { Status = bad.StatusCode, Detail = bad.Message }, exception);
        }
        var errors = bad.InnerException is JsonException json ? Describe(json) : DescribeBinding(bad);
        return await problems.WriteAsync(httpContext, Problems.From(Rejection.Invalid(errors)).ProblemDetails, exception);
    }

    private static Dictionary<string, string[]> Describe(JsonException json)
    {
        var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
        var message = json.Message.Contains("could not be mapped", StringComparison.Ordinal)
            ? $"'{field}' is not a known property."
            : json.Message.Contains("could not be converted", StringComparison.Ordinal)
                ? $"'{field}' has the wrong JSON type."
                : $"The body is not valid JSON (line {json.LineNumber + 1}, position {json.BytePositionInLine}).";
        return new() { [field] = [message] };
    }

    private static Dictionary<string, string[]> DescribeBinding(BadHttpRequestException bad) =>
        bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase)
            ? new() { ["body"] = ["A JSON object body is required."] }
            : new() { ["request"] = [bad.Message] };
}
