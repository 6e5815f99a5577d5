using Keel.Api.Idempotency;

namespace Keel.Api.Tests;

/// <summary>
/// A key store that claims every key and keeps no outcome, so every retry runs its command again, as after a lost
/// outcome; recording one throws <paramref name="outcomeFailure"/> when given (a database that timed out).
/// </summary>
internal sealed class ClaimingStore(Exception? outcomeFailure = null) : IIdempotencyStore
{
    public Task<IdempotencyClaim> ClaimAsync(KeyedRequest request, CancellationToken cancellationToken) =>
        Task.FromResult<IdempotencyClaim>(new IdempotencyClaim.Claimed());

    public Task CompleteAsync(KeyedRequest request, StoredResponse response, CancellationToken cancellationToken) =>
        outcomeFailure is null ? Task.CompletedTask : Task.FromException(outcomeFailure);

    public Task ReleaseAsync(KeyedRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<int> EvictExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) => Task.FromResult(0);
}
