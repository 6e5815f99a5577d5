using System.Globalization;
using System.Threading.RateLimiting;
using Keel.Api.Edge;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Keel.Api.Limits;

public static class LimitsServiceCollectionExtensions
{
    /// <summary>The rate limits (429 problem details with <c>Retry-After</c>) and the request body limit (413).</summary>
    public static IServiceCollection AddKeelLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var rate = configuration.GetSection(RateLimitSettings.Section).Get<RateLimitSettings>() ?? new RateLimitSettings();
        var limits = configuration.GetSection(RequestLimitSettings.Section).Get<RequestLimitSettings>() ?? new RequestLimitSettings();
        services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes);
        services.AddRateLimiter(options =>
        {
            // The caller's own bucket first: a caller over its budget is refused without spending the shared ceiling.
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => Limited(rate, context) is not { } command
                    ? RateLimitPartition.GetNoLimiter(string.Empty)
                    : command
                        ? Bucket($"command:{CallerOf(context)}", rate.PermitsPerSecond, rate.Burst)
                        : Bucket($"read:{CallerOf(context)}", rate.ReadsPerSecond, rate.ReadBurst)),
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    Limited(rate, context) is not { } command || Callers.IdOf(context.User) is not null
                        ? RateLimitPartition.GetNoLimiter(string.Empty)
                        : command
                            ? Bucket("anonymous-commands", rate.AnonymousPermitsPerSecond, rate.AnonymousBurst)
                            : Bucket("anonymous-reads", rate.AnonymousReadsPerSecond, rate.AnonymousReadBurst)));
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>Null when the request is not limited; else whether it is a command (true) or a read (false).</summary>
    private static bool? Limited(RateLimitSettings rate, HttpContext context)
    {
        var request = context.Request;
        if (!rate.Enabled || request.Path.StartsWithSegments("/health") || request.Path.StartsWithSegments("/alive"))
        {
            return null;
        }
        var method = request.Method;
        return !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));
    }

    private static RateLimitPartition<string> Bucket(string key, int perSecond, int burst) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, burst),
            TokensPerPeriod = Math.Max(1, perSecond),
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private static string CallerOf(HttpContext context) =>
        Callers.IdOf(context.User) is { } id ? $"caller:{id}" : $"client:{ClientIdentity.Of(context)}";

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
        var context = rejected.HttpContext;
        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        await Problems.Of(StatusCodes.Status429TooManyRequests, "rate-limited",
            $"Too many requests from this caller, or from callers without a token together; wait {retryAfter} s (Retry-After) before sending more.")
            .ExecuteAsync(context);
    }
}
