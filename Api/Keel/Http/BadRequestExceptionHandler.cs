using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Keel.Api.Http;

/// <summary>Answers unreadable requests with 400 problem details that name the offending field or parameter.</summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
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
        var field = JsonFieldName.FromPath(json.Path);
        return new() { [field] = [JsonMessages.For(field, json)] };
    }

    private static Dictionary<string, string[]> DescribeBinding(BadHttpRequestException bad)
    {
        // ASP.NET Core names the parameter in its messages: 'Required parameter "string to" was not provided from
        // query string.', 'Failed to bind parameter "int? limit" from "x".'
        if (Parameter().Match(bad.Message) is { Success: true } parameter)
        {
            var name = parameter.Groups["name"].Value;
            return new()
            {
                [name] = [bad.Message.StartsWith("Required", StringComparison.Ordinal) ? $"'{name}' is required." : $"'{name}' has an invalid value."],
            };
        }
        return bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase)
            ? new() { ["body"] = ["A JSON object body is required."] }
            : new() { ["request"] = [bad.Message] };
    }

    [GeneratedRegex("""^(?:Required parameter|Failed to bind parameter) "(?:[^"]* )?(?<name>[^" ]+)" """)]
    private static partial Regex Parameter();
}
