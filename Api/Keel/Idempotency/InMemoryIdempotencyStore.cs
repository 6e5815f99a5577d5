namespace Keel.Api.Idempotency;

/// <summary>Memory mode: keys live as long as the process (and at most their expiry).</summary>
internal sealed class InMemoryIdempotencyStore : IIdempotencyStore
{
    private readonly Dictionary<(string Scope, string Key), Entry> _entries = [];
    private readonly Lock _lock = new();

    public Task<IdempotencyClaim> ClaimAsync(KeyedRequest request, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var id = (request.Scope, request.Key);
            if (_entries.TryGetValue(id, out var entry) && entry.ExpiresAt > request.Now)
            {
                if (entry.Response is { } response)
                {
                    return Task.FromResult<IdempotencyClaim>(new IdempotencyClaim.Completed(entry.Fingerprint, response));
                }
                if (entry.LeaseUntil > request.Now || !entry.Fingerprint.AsSpan().SequenceEqual(request.Fingerprint))
                {
                    return Task.FromResult<IdempotencyClaim>(new IdempotencyClaim.Running(entry.Fingerprint));
                }
            }
            _entries[id] = new Entry(request.Fingerprint, request.LeaseUntil, request.ExpiresAt, null);
            return Task.FromResult<IdempotencyClaim>(new IdempotencyClaim.Claimed());
        }
    }

    public Task CompleteAsync(KeyedRequest request, StoredResponse response, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue((request.Scope, request.Key), out var entry) && entry.Fingerprint.AsSpan().SequenceEqual(request.Fingerprint))
            {
                _entries[(request.Scope, request.Key)] = entry with { Response = response };
            }
        }
        return Task.CompletedTask;
    }

    public Task ReleaseAsync(KeyedRequest request, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var id = (request.Scope, request.Key);
            if (_entries.TryGetValue(id, out var entry) && entry.Response is null && entry.Fingerprint.AsSpan().SequenceEqual(request.Fingerprint))
            {
                _entries.Remove(id);
            }
        }
        return Task.CompletedTask;
    }

    public Task<int> EvictExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var expired = _entries.Where(e => e.Value.ExpiresAt <= now).Select(e => e.Key).ToList();
            expired.ForEach(id => _entries.Remove(id));
            return Task.FromResult(expired.Count);
        }
    }

    private sealed record Entry(byte[] Fingerprint, DateTimeOffset LeaseUntil, DateTimeOffset ExpiresAt, StoredResponse? Response);
}
