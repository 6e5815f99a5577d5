using Npgsql;
using NpgsqlTypes;

namespace Keel.Api.Idempotency;

/// <summary>One request's work on its key, waiting for the next batch of <see cref="PostgresIdempotencyStore"/>.</summary>
internal abstract class KeyOperation(KeyedRequest request)
{
    public KeyedRequest Request { get; } = request;

    /// <summary>Its caller went away before the batch was made (a claim nobody would complete is not taken).</summary>
    public virtual bool Abandoned => false;

    /// <summary>Its statement; a claim's returns one row.</summary>
    public abstract NpgsqlBatchCommand Statement(string serviceId);

    public abstract void Committed();

    public abstract void Fail(Exception exception);

    protected NpgsqlBatchCommand Keyed(string sql, string serviceId)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddWithValue("service", serviceId);
        command.Parameters.AddWithValue("scope", Request.Scope);
        command.Parameters.AddWithValue("key", Request.Key);
        command.Parameters.AddWithValue("fingerprint", Request.Fingerprint);
        return command;
    }
}

internal abstract class KeyOperation<T>(KeyedRequest request) : KeyOperation(request)
{
    private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<T> Task => _done.Task;

    protected void Complete(T value) => _done.TrySetResult(value);

    public override void Fail(Exception exception) => _done.TrySetException(exception);
}

internal sealed class ClaimOperation(KeyedRequest request, CancellationToken aborted) : KeyOperation<IdempotencyClaim>(request)
{
    public IdempotencyClaim? Found { get; set; }

    public override bool Abandoned => aborted.IsCancellationRequested;

    public override NpgsqlBatchCommand Statement(string serviceId)
    {
        var command = Keyed(KeyStatements.Claim, serviceId);
        command.Parameters.AddWithValue("lease", Request.LeaseUntil);
        command.Parameters.AddWithValue("expires", Request.ExpiresAt);
        command.Parameters.AddWithValue("now", Request.Now);
        return command;
    }

    public override void Committed() => Complete(Found!);
}

internal sealed class CompleteOperation(KeyedRequest request, StoredResponse response) : KeyOperation<bool>(request)
{
    public override NpgsqlBatchCommand Statement(string serviceId)
    {
        var command = Keyed(KeyStatements.Complete, serviceId);
        command.Parameters.AddWithValue("status", response.Status);
        command.Parameters.Add(new NpgsqlParameter("location", NpgsqlDbType.Text) { Value = (object?)response.Location ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("content_type", NpgsqlDbType.Text) { Value = (object?)response.ContentType ?? DBNull.Value });
        command.Parameters.AddWithValue("body", response.Body);
        return command;
    }

    public override void Committed() => Complete(true);
}

internal sealed class ReleaseOperation(KeyedRequest request) : KeyOperation<bool>(request)
{
    public override NpgsqlBatchCommand Statement(string serviceId) => Keyed(KeyStatements.Release, serviceId);

    public override void Committed() => Complete(true);
}
