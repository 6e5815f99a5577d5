using System.Security.Cryptography;
using System.Text;

namespace Keel.Api.Idempotency;

/// <summary><c>Keel:Idempotency</c>: how long keys are kept, how many, and how long a running command holds its key.</summary>
public sealed class IdempotencySettings
{
    public const string Section = "Keel:Idempotency";

    /// <summary>The request header.</summary>
    public const string Header = "Idempotency-Key";

    /// <summary>Keys are 1 to this many printable ASCII characters.</summary>
    public const int MaxKeyLength = 255;

    /// <summary>How long a key and its outcome are kept (default 24 hours).</summary>
    public TimeSpan Expiry { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a running command holds its key (default 30 s, more than a grain call's time-out): a retry within it
    /// gets 409 <c>idempotency.in-progress</c>; after it (the process that ran it died) the retry runs the command,
    /// which an aggregate that recorded the request applies once.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often expired keys are deleted (default 10 minutes).</summary>
    public TimeSpan EvictionInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The most keys kept (default 100,000 in memory, 1,000,000 on PostgreSQL): in memory a new key beyond it evicts the
    /// oldest at once; on PostgreSQL each eviction pass deletes the oldest beyond it.
    /// </summary>
    public int? MaxKeys { get; set; }

    public const int DefaultMaxKeysInMemory = 100_000;
    public const int DefaultMaxKeysInPostgres = 1_000_000;

    /// <summary>A key as logs may show it: a short hash, never the key itself (a client may reuse it as a secret).</summary>
    public static string Describe(string key) => $"#{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 6))}";

    public static bool IsValidKey(string? key) =>
        key is { Length: > 0 and <= MaxKeyLength } && key.All(c => c is > ' ' and <= '~');
}
