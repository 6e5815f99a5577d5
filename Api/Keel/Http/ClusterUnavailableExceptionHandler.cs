using System.Text.RegularExpressions;
using Keel.Grains.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Orleans.Runtime.Messaging;

namespace Keel.Api.Http;

/// <summary>
/// A request whose service has no live silo, a cluster the Api cannot reach, or a database that does not answer gets
/// 503 problem details (naming the service where there is one) and <c>Retry-After</c>, not 500.
/// </summary>
/// <remarks>
/// A failed request writes no log line of its own: the outage of the dependency it needed is reported (and the request
/// counted) by <see cref="DependencyOutages"/>, the request's exception at Debug.
/// </remarks>
internal sealed partial class ClusterUnavailableExceptionHandler(
    IProblemDetailsService problems, DependencyOutages outages, ILogger<ClusterUnavailableExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var rejection = Describe(exception);
        if (rejection is null)
        {
            return false;
        }
        if (outages.Find(exception) is { } outage)
        {
            outage.Failed(exception, request: true);
        }
        else
        {
            LogUnavailable(logger, exception, rejection.Code);
        }
        httpContext.Response.Headers.RetryAfter = "5";
        return await problems.WriteAsync(httpContext, Problems.From(rejection).ProblemDetails, exception);
    }

    private static Rejection? Describe(Exception exception) => exception switch
    {
        OrleansException when NoCompatibleSilo().Match(exception.Message) is { Success: true } match => new Rejection(
            "service-unavailable",
            $"No running silo hosts the '{match.Groups["service"].Value}' service right now; try again shortly.",
            RejectionKind.Unavailable),
        SiloUnavailableException or ConnectionFailedException or OrleansMessageRejectionException or TimeoutException => new Rejection(
            "cluster-unavailable", "The cluster did not answer in time; try again shortly.", RejectionKind.Unavailable),
        System.Data.Common.DbException => new Rejection(
            "storage-unavailable", "The database did not answer; nothing was changed, try again shortly.", RejectionKind.Unavailable),
        _ when exception.InnerException is { } inner => Describe(inner),
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "A request was answered 503 ({Code})")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, string code);

    [GeneratedRegex(@"No active nodes are compatible with grain keel\.(?<service>[a-z0-9-]+)\.")]
    private static partial Regex NoCompatibleSilo();
}
