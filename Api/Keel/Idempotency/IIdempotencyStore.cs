namespace Keel.Api.Idempotency;

/// <summary>Where the outcomes of keyed commands are kept: in memory, or in PostgreSQL beside the event log.</summary>
public interface IIdempotencyStore
{
    /// <summary>
    /// Claims <paramref name="request"/>'s key for running the command, unless it is taken: then returns what the key
    /// holds (a stored outcome, or a command still running).
    /// </summary>
    Task<IdempotencyClaim> ClaimAsync(KeyedRequest request, CancellationToken cancellationToken);

    /// <summary>Records the outcome of a claimed key.</summary>
    Task CompleteAsync(KeyedRequest request, StoredResponse response, CancellationToken cancellationToken);

    /// <summary>Gives a claimed key up (the command failed in a way worth retrying).</summary>
    Task ReleaseAsync(KeyedRequest request, CancellationToken cancellationToken);

    /// <summary>Deletes expired keys; returns how many.</summary>
    Task<int> EvictExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>A request that carries an <c>Idempotency-Key</c>.</summary>
/// <param name="Scope">Whose key it is: the caller's id, or <c>anonymous</c>.</param>
/// <param name="Key">The header's value.</param>
/// <param name="Fingerprint">SHA-256 of the method, the target and the body: "the same request".</param>
/// <param name="Now">When it arrived.</param>
/// <param name="LeaseUntil">Until when a claim is held for it while it runs.</param>
/// <param name="ExpiresAt">When the key and its outcome are forgotten.</param>
public sealed record KeyedRequest(string Scope, string Key, byte[] Fingerprint, DateTimeOffset Now, DateTimeOffset LeaseUntil, DateTimeOffset ExpiresAt);

/// <summary>A command's HTTP outcome, as replayed.</summary>
public sealed record StoredResponse(int Status, string? Location, string? ContentType, byte[] Body);

/// <summary>What claiming a key found.</summary>
public abstract record IdempotencyClaim
{
    private IdempotencyClaim() { }

    /// <summary>The key is this request's now: run the command.</summary>
    public sealed record Claimed : IdempotencyClaim;

    /// <summary>The key is held for a request with <paramref name="Fingerprint"/>.</summary>
    public abstract record Held(byte[] Fingerprint) : IdempotencyClaim
    {
        public bool IsFor(KeyedRequest request) => Fingerprint.AsSpan().SequenceEqual(request.Fingerprint);
    }

    /// <summary>The key holds the outcome of its request.</summary>
    public sealed record Completed(byte[] Fingerprint, StoredResponse Response) : Held(Fingerprint);

    /// <summary>The key's request is still running (or its process died less than a lease ago).</summary>
    public sealed record Running(byte[] Fingerprint) : Held(Fingerprint);
}
