namespace Keel.Api.Idempotency;

/// <summary>One request's claim, outcome or release, waiting for the next batch; it completes once its batch committed.</summary>
internal abstract class IdempotencyOperation(KeyedRequest request)
{
    public KeyedRequest Request { get; } = request;

    /// <summary>The key this operation writes; a batch writes each key once.</summary>
    public (string Scope, string Key) Target => (Request.Scope, Request.Key);

    public abstract void Fail(Exception exception);

    internal abstract class Of<T>(KeyedRequest request) : IdempotencyOperation(request)
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<T> Task => _done.Task;

        public void Done(T value) => _done.TrySetResult(value);

        public override void Fail(Exception exception) => _done.TrySetException(exception);
    }

    /// <summary>Take the key, or learn what it holds.</summary>
    internal sealed class Claim(KeyedRequest request) : Of<IdempotencyClaim>(request);

    /// <summary>Record the outcome of a claimed key.</summary>
    internal sealed class Complete(KeyedRequest request, StoredResponse response) : Of<bool>(request)
    {
        public StoredResponse Response { get; } = response;
    }

    /// <summary>Give a claimed key up.</summary>
    internal sealed class Release(KeyedRequest request) : Of<bool>(request);
}
