using Npgsql;

namespace Keel.Grains.Postgres.Streaming;

/// <summary>Operators' view of the stream dead letters: list them, and put one back in its queue.</summary>
public sealed class DeadLetterStore : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;

    /// <summary>Uses its own small connection pool.</summary>
    public DeadLetterStore(string connectionString)
    {
        _dataSource = StreamDataSource.Create(connectionString);
        _ownsDataSource = true;
    }

    /// <summary>Uses the given pool (not disposed by this store).</summary>
    public DeadLetterStore(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource ?? throw new ArgumentNullException(nameof(dataSource));
    }

    /// <summary>The newest dead letters first.</summary>
    public Task<IReadOnlyList<DeadLetter>> ListAsync(int limit, CancellationToken cancellationToken) =>
        ListAsync(service: null, before: null, limit, cancellationToken);

    /// <summary>
    /// A page of dead letters, newest first: of one service (its stream namespace) or of all (null), with ids below
    /// <paramref name="before"/> (the last id of the previous page) or from the newest (null).
    /// </summary>
    public async Task<IReadOnlyList<DeadLetter>> ListAsync(string? service, long? before, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var command = _dataSource.CreateCommand(
            "SELECT id, stream_namespace, stream_key, attempts, reason, enqueued_at, dead_lettered_at " +
            "FROM keel_stream_dead_letters WHERE ($1::text IS NULL OR stream_namespace = $1) AND ($2::bigint IS NULL OR id < $2) " +
            "ORDER BY id DESC LIMIT $3");
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)service ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)before ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var letters = new List<DeadLetter>();
        while (await reader.ReadAsync(cancellationToken))
        {
            letters.Add(new DeadLetter(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetInt32(3),
                reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5),
                reader.GetFieldValue<DateTimeOffset>(6)));
        }
        return letters;
    }

    /// <summary>Moves a dead letter back to the end of its queue with its attempts reset; false when it does not exist.</summary>
    public async Task<bool> RedriveAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT keel_stream_redrive($1)");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    /// <summary>
    /// As <see cref="RedriveAsync(long, CancellationToken)"/>, only when the dead letter is one of <paramref name="service"/>
    /// (its stream namespace): a dead letter of another service stays where it is (false).
    /// </summary>
    public async Task<bool> RedriveAsync(long id, string service, CancellationToken cancellationToken)
    {
        // One statement, so the check and the move cannot be told apart by a concurrent redrive.
        await using var command = _dataSource.CreateCommand(
            "SELECT keel_stream_redrive(id) FROM keel_stream_dead_letters WHERE id = $1 AND stream_namespace = $2");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = service });
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsDataSource)
        {
            await _dataSource.DisposeAsync();
        }
    }
}
