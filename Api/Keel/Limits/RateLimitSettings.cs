namespace Keel.Api.Limits;

/// <summary>
/// <c>Keel:RateLimit</c>: token buckets per caller — the token's <c>sub</c>, or without one the client's address
/// (<see cref="Edge.ClientIdentity"/>: IPv4 whole, IPv6 by /64, behind <c>Keel:TrustedProxies</c> the proxy's word) —
/// for commands (every method but GET, HEAD and OPTIONS) and, more generous, for reads; and ceilings that all anonymous
/// callers share, so many addresses together cannot flood the Api either. <c>/health</c> and <c>/alive</c> are never
/// limited. Benchmarks and load tests turn it all off with <c>Enabled=false</c>.
/// </summary>
public sealed class RateLimitSettings
{
    public const string Section = "Keel:RateLimit";

    public bool Enabled { get; set; } = true;

    /// <summary>Commands a caller may send per second, sustained (default 20).</summary>
    public int PermitsPerSecond { get; set; } = 20;

    /// <summary>Commands a caller may send at once after being idle (default 40).</summary>
    public int Burst { get; set; } = 40;

    /// <summary>Reads (GET, HEAD, OPTIONS) a caller may send per second, sustained (default 100).</summary>
    public int ReadsPerSecond { get; set; } = 100;

    /// <summary>Reads a caller may send at once (default 200).</summary>
    public int ReadBurst { get; set; } = 200;

    /// <summary>Commands all anonymous callers together may send per second (default 200).</summary>
    public int AnonymousPermitsPerSecond { get; set; } = 200;

    /// <summary>Commands all anonymous callers together may send at once (default 400).</summary>
    public int AnonymousBurst { get; set; } = 400;

    /// <summary>Reads all anonymous callers together may send per second (default 1000).</summary>
    public int AnonymousReadsPerSecond { get; set; } = 1000;

    /// <summary>Reads all anonymous callers together may send at once (default 2000).</summary>
    public int AnonymousReadBurst { get; set; } = 2000;
}

/// <summary><c>Keel:Limits</c>: the size of what a request may carry.</summary>
public sealed class RequestLimitSettings
{
    public const string Section = "Keel:Limits";

    /// <summary>The largest request body accepted, in bytes (default 64 KiB); larger gets 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;
}
