using Microsoft.AspNetCore.Mvc;

namespace Keel.Api.Http;

/// <summary>How Keel's exception handlers answer: the status, then the problem body through ASP.NET Core's writer.</summary>
internal static class ProblemWriter
{
    public static ValueTask<bool> WriteAsync(
        this IProblemDetailsService problems, HttpContext httpContext, ProblemDetails details, Exception exception)
    {
        httpContext.Response.StatusCode = details.Status ?? StatusCodes.Status500InternalServerError;
        return problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = details,
            Exception = exception,
        });
    }
}
