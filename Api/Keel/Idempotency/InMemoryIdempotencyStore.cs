using Microsoft.Extensions.Options;

namespace Keel.Api.Idempotency;

/// <summary>
/// Memory mode: keys live as long as the process, at most their expiry, and at most
/// <see cref="IdempotencySettings.MaxKeys"/> of them: a new key beyond that evicts the oldest at once.
/// </summary>
internal sealed class InMemoryIdempotencyStore(IOptions<IdempotencySettings> options) : IIdempotencyStore
{
    private readonly Dictionary<(string Scope, string Key), LinkedListNode<Entry>> _entries = [];
    // Oldest claim first; every claim expires Expiry after it, so this is also the order of expiry.
    private readonly LinkedList<Entry> _byAge = [];
    private readonly Lock _lock = new();
    private readonly int _maxKeys = Math.Max(1, options.Value.MaxKeys ?? IdempotencySettings.DefaultMaxKeysInMemory);

    public Task<IdempotencyClaim> ClaimAsync(KeyedRequest request, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var id = (request.Scope, request.Key);
            if (_entries.TryGetValue(id, out var node) && node.Value.ExpiresAt > request.Now)
            {
                var entry = node.Value;
                if (entry.Response is { } response)
                {
                    return Task.FromResult<IdempotencyClaim>(new IdempotencyClaim.Completed(entry.Fingerprint, response));
                }
                if (entry.LeaseUntil > request.Now || !entry.Fingerprint.AsSpan().SequenceEqual(request.Fingerprint))
                {
                    return Task.FromResult<IdempotencyClaim>(new IdempotencyClaim.Running(entry.Fingerprint));
                }
            }
            Remove(id);
            EvictExpired(request.Now);
            while (_entries.Count >= _maxKeys)
            {
                Remove(_byAge.First!.Value.Id);
            }
            _entries[id] = _byAge.AddLast(new Entry(id, request.Fingerprint, request.LeaseUntil, request.ExpiresAt, null));
            return Task.FromResult<IdempotencyClaim>(new IdempotencyClaim.Claimed());
        }
    }

    public Task CompleteAsync(KeyedRequest request, StoredResponse response, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue((request.Scope, request.Key), out var node) && node.Value.Fingerprint.AsSpan().SequenceEqual(request.Fingerprint))
            {
                node.Value = node.Value with { Response = response };
            }
        }
        return Task.CompletedTask;
    }

    public Task ReleaseAsync(KeyedRequest request, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var id = (request.Scope, request.Key);
            if (_entries.TryGetValue(id, out var node) && node.Value.Response is null && node.Value.Fingerprint.AsSpan().SequenceEqual(request.Fingerprint))
            {
                Remove(id);
            }
        }
        return Task.CompletedTask;
    }

    public Task<int> EvictExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(EvictExpired(now));
        }
    }

    private int EvictExpired(DateTimeOffset now)
    {
        var evicted = 0;
        while (_byAge.First is { } oldest && oldest.Value.ExpiresAt <= now)
        {
            Remove(oldest.Value.Id);
            evicted++;
        }
        return evicted;
    }

    private void Remove((string Scope, string Key) id)
    {
        if (_entries.Remove(id, out var node))
        {
            _byAge.Remove(node);
        }
    }

    private sealed record Entry((string Scope, string Key) Id, byte[] Fingerprint, DateTimeOffset LeaseUntil, DateTimeOffset ExpiresAt, StoredResponse? Response);
}
