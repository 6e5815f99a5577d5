namespace Keel.Api.Idempotency;

/// <summary><c>Keel:Idempotency</c>: how long keys are kept, and how long a running command holds its key.</summary>
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
    /// gets 409 <c>idempotency.in-progress</c>; after it (the process that ran it died) the retry runs the command.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often expired keys are deleted (default 10 minutes).</summary>
    public TimeSpan EvictionInterval { get; set; } = TimeSpan.FromMinutes(10);

    public static bool IsValidKey(string? key) =>
        key is { Length: > 0 and <= MaxKeyLength } && key.All(c => c is > ' ' and <= '~');
}
