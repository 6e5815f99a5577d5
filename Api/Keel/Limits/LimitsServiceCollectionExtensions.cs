using System.Globalization;
using System.Threading.RateLimiting;
using Keel.Api.Auth;
using Keel.Api.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Keel.Api.Limits;

public static class LimitsServiceCollectionExtensions
{
    /// <summary>The rate limiter on commands (429 problem details with <c>Retry-After</c>) and the request body limit (413).</summary>
    public static IServiceCollection AddKeelLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var rate = configuration.GetSection(RateLimitSettings.Section).Get<RateLimitSettings>() ?? new RateLimitSettings();
        var limits = configuration.GetSection(RequestLimitSettings.Section).Get<RequestLimitSettings>() ?? new RequestLimitSettings();
        services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes);
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                rate.Enabled && IsCommand(context.Request.Method)
                    ? RateLimitPartition.GetTokenBucketLimiter(CallerOf(context), _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = Math.Max(1, rate.Burst),
                        TokensPerPeriod = Math.Max(1, rate.PermitsPerSecond),
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    private static bool IsCommand(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));

    private static string CallerOf(HttpContext context) =>
        Callers.IdOf(context.User) is { } id ? $"caller:{id}" : $"ip:{context.Connection.RemoteIpAddress}";

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
        var context = rejected.HttpContext;
        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        await Problems.Of(StatusCodes.Status429TooManyRequests, "rate-limited",
            $"Too many commands from this caller; wait {retryAfter} s (Retry-After) before sending more.").ExecuteAsync(context);
    }
}
