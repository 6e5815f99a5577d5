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
    public async Task<IReadOnlyList<DeadLetter>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var command = _dataSource.CreateCommand(
            "SELECT id, stream_namespace, stream_key, attempts, reason, enqueued_at, dead_lettered_at " +
            "FROM keel_stream_dead_letters ORDER BY dead_lettered_at DESC, id DESC LIMIT $1");
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

    public async ValueTask DisposeAsync()
    {
        if (_ownsDataSource)
        {
            await _dataSource.DisposeAsync();
        }
    }
}
