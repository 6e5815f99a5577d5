namespace Keel.Api.Limits;

/// <summary>
/// <c>Keel:RateLimit</c>: commands (every method but GET, HEAD and OPTIONS) per caller — the token's <c>sub</c>, or the
/// client's IP address without one — as a token bucket. Benchmarks and load tests turn it off with <c>Enabled=false</c>.
/// </summary>
public sealed class RateLimitSettings
{
    public const string Section = "Keel:RateLimit";

    public bool Enabled { get; set; } = true;

    /// <summary>Commands a caller may send per second, sustained (default 20).</summary>
    public int PermitsPerSecond { get; set; } = 20;

    /// <summary>Commands a caller may send at once after being idle (default 40).</summary>
    public int Burst { get; set; } = 40;
}

/// <summary><c>Keel:Limits</c>: the size of what a request may carry.</summary>
public sealed class RequestLimitSettings
{
    public const string Section = "Keel:Limits";

    /// <summary>The largest request body accepted, in bytes (default 64 KiB); larger gets 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;
}
