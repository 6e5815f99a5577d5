using Microsoft.Extensions.Logging;
using Keel.Grains.Streaming;
using Npgsql;

namespace Keel.Grains.Postgres.Streaming;

/// <summary>
/// Holds one dedicated connection LISTENing on the provider's channel and wakes the partitions named by
/// notifications. After a lost connection it wakes every partition (notifications may have been missed); the
/// receivers' polling covers the gap meanwhile.
/// </summary>
internal sealed class StreamNotificationListener(
    NpgsqlDataSource dataSource,
    string provider,
    string serviceId,
    ILogger<StreamNotificationListener> logger) : IStreamWakeups
{
    private StreamPartitions? _partitions;

    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    public async Task RunAsync(StreamPartitions partitions, CancellationToken cancellationToken)
    {
        _partitions = partitions;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                connection.Notification += OnNotification;
                try
                {
                    await using (var listen = new NpgsqlCommand($"LISTEN {StreamNotifications.Channel}", connection))
                    {
                        await listen.ExecuteNonQueryAsync(cancellationToken);
                    }
                    WakeAll();
                    while (true)
                    {
                        await connection.WaitAsync(cancellationToken);
                    }
                }
                finally
                {
                    connection.Notification -= OnNotification;
                    await StopListeningAsync(connection);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.ListenerFailed(exception, provider, RetryDelay);
                WakeAll();
                try
                {
                    await Task.Delay(RetryDelay, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Pooled connections are not reset (PostgresConnection), so the next user must not inherit the LISTEN.</summary>
    private static async Task StopListeningAsync(NpgsqlConnection connection)
    {
        if (connection.FullState != System.Data.ConnectionState.Open)
        {
            return; // a broken connection does not go back to the pool
        }
        try
        {
            await using var unlisten = new NpgsqlCommand("UNLISTEN *", connection);
            await unlisten.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or ObjectDisposedException)
        {
            // The connection broke or was torn down on the way: it is discarded, not pooled.
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs args)
    {
        if (StreamNotifications.TryParse(args.Payload, provider, serviceId, out var partition, out var queue))
        {
            _partitions?.Wake(partition, queue);
        }
    }

    private void WakeAll() => _partitions?.WakeAll();
}
